#include "core/schema/uri.hpp"

#include <cctype>
#include <vector>

namespace qobj::schema {

namespace {

struct UriParts {
  std::string_view scheme, authority, path, query, fragment;
  bool has_scheme = false, has_authority = false, has_query = false, has_fragment = false;
};

UriParts split(std::string_view uri) {
  UriParts parts;
  if (const auto hash = uri.find('#'); hash != std::string_view::npos) {
    parts.fragment = uri.substr(hash + 1);
    parts.has_fragment = true;
    uri = uri.substr(0, hash);
  }
  if (const auto question = uri.find('?'); question != std::string_view::npos) {
    parts.query = uri.substr(question + 1);
    parts.has_query = true;
    uri = uri.substr(0, question);
  }
  const auto colon = uri.find(':');
  const auto slash = uri.find('/');
  if (colon != std::string_view::npos && colon > 0 &&
      (slash == std::string_view::npos || colon < slash) &&
      std::isalpha(static_cast<unsigned char>(uri[0])) != 0) {
    parts.scheme = uri.substr(0, colon);
    parts.has_scheme = true;
    uri = uri.substr(colon + 1);
  }
  if (uri.substr(0, 2) == "//") {
    uri.remove_prefix(2);
    const auto end = uri.find('/');
    parts.authority = uri.substr(0, end);
    parts.has_authority = true;
    uri = end == std::string_view::npos ? std::string_view() : uri.substr(end);
  }
  parts.path = uri;
  return parts;
}

std::string remove_dot_segments(std::string_view path) {
  std::vector<std::string_view> segments;
  const bool absolute = !path.empty() && path[0] == '/';
  std::size_t start = absolute ? 1 : 0;
  bool trailing_slash = false;
  while (start <= path.size()) {
    const auto end = path.find('/', start);
    const std::string_view segment =
        path.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    trailing_slash = segment == "." || segment == "..";
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (segment != ".") {
      segments.push_back(segment);
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  std::string out = absolute ? "/" : "";
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i > 0) out += '/';
    out += segments[i];
  }
  if (trailing_slash && !out.empty() && out.back() != '/') out += '/';
  return out;
}

std::string merge_paths(const UriParts& base, std::string_view reference_path) {
  if (base.has_authority && base.path.empty()) return std::string("/").append(reference_path);
  const auto last_slash = base.path.rfind('/');
  if (last_slash == std::string_view::npos) return std::string(reference_path);
  return std::string(base.path.substr(0, last_slash + 1)).append(reference_path);
}

std::string join(const UriParts& p) {
  std::string out;
  if (p.has_scheme) out.append(p.scheme).append(":");
  if (p.has_authority) out.append("//").append(p.authority);
  out.append(p.path);
  if (p.has_query) out.append("?").append(p.query);
  if (p.has_fragment) out.append("#").append(p.fragment);
  return out;
}

}  // namespace

std::string resolve_uri(std::string_view base_uri, std::string_view reference) {
  const UriParts r = split(reference);
  const UriParts base = split(base_uri);
  UriParts t;
  std::string path;
  if (r.has_scheme) {
    t = r;
    path = remove_dot_segments(r.path);
  } else if (r.has_authority) {
    t = r;
    t.scheme = base.scheme;
    t.has_scheme = base.has_scheme;
    path = remove_dot_segments(r.path);
  } else {
    t.scheme = base.scheme;
    t.has_scheme = base.has_scheme;
    t.authority = base.authority;
    t.has_authority = base.has_authority;
    if (r.path.empty()) {
      path = std::string(base.path);
      t.query = r.has_query ? r.query : base.query;
      t.has_query = r.has_query || base.has_query;
    } else {
      path =
          remove_dot_segments(r.path[0] == '/' ? std::string(r.path) : merge_paths(base, r.path));
      t.query = r.query;
      t.has_query = r.has_query;
    }
  }
  t.path = path;
  t.fragment = r.fragment;
  t.has_fragment = r.has_fragment;
  return join(t);
}

std::string_view without_fragment(std::string_view uri) {
  return uri.substr(0, uri.find('#'));
}

std::string_view fragment_of(std::string_view uri) {
  const auto hash = uri.find('#');
  return hash == std::string_view::npos ? std::string_view() : uri.substr(hash + 1);
}

std::string percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() + 0 &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) != 0 &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2])) != 0) {
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace qobj::schema

#include "core/cycle/new_year.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "core/time/date.hpp"
#include "core/yaml/document.hpp"

namespace qobj::cycle {

namespace {

using yaml::Document;
using yaml::NodeId;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The keys whose text is the plan's own wording, where "năm 2021" means the plan's year. The
// legal bases cite documents as they were issued, ids must stay, and the rest is data.
constexpr std::array<std::string_view, 14> kWordingKeys = {
    "title",      "text",     "note",     "name",    "actions", "resources", "responsible",
    "evaluation", "proposal", "articles", "closing", "reason",  "source",    "description"};

bool is_wording_key(std::string_view key) {
  return std::find(kWordingKeys.begin(), kWordingKeys.end(), key) != kWordingKeys.end();
}

// A span of years the old year is part of ("2021-2025", "2016–2021"): said, never changed.
bool in_year_span(std::string_view text, std::size_t at, std::size_t end) {
  const auto year_at = [&](std::size_t pos) {
    return pos + 4 <= text.size() &&
           std::all_of(text.begin() + static_cast<long>(pos),
                       text.begin() + static_cast<long>(pos + 4), is_digit);
  };
  for (const std::string_view dash : {std::string_view("-"), std::string_view("–")}) {
    if (text.substr(end, dash.size()) == dash && year_at(end + dash.size())) return true;
    if (at >= dash.size() + 4 && text.substr(at - dash.size(), dash.size()) == dash &&
        year_at(at - dash.size() - 4))
      return true;
  }
  return false;
}

struct Edit {
  std::uint32_t begin = 0, end = 0;
  std::string text;
};

class FileEditor {
 public:
  FileEditor(const Document& document, int from, int to, Lang lang, YearFile& out,
             std::vector<YearNote>& notes)
      : m_doc(document),
        m_text(document.source().text()),
        m_from(from),
        m_to(to),
        m_lang(lang),
        // The file's own line breaks for the lines qobj writes (a Windows editor's CRLF).
        m_eol(m_text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n"),
        m_out(out),
        m_notes(notes) {}

  std::string run() {
    if (m_doc.node_count() > 0 && m_doc.kind(m_doc.root()) == yaml::NodeKind::mapping) {
      for (const auto& entry : m_doc.entries(m_doc.root())) {
        const std::string_view key = m_doc.text(entry.key);
        if (m_out.measurements &&
            (key == "records" || key == "baselines" || key == "evaluations")) {
          drop_entry(entry.key, key == "records");
          continue;
        }
        std::vector<std::string_view> path{key};
        walk(entry.value, path);
      }
    }
    if (m_cleared) m_notes.push_back(std::move(*m_cleared));
    rewrite_comments();
    return applied();
  }

 private:
  void walk(NodeId id, std::vector<std::string_view>& path) {
    if (m_doc.is_alias(id)) return;
    switch (m_doc.kind(id)) {
      case yaml::NodeKind::mapping: {
        // "so năm 2020" beside `baseline_year: 2020`, in the target or the objective that
        // holds it: the baseline moves on with the year.
        const std::size_t baselines = m_baselines.size();
        add_baseline_year(id);
        if (const auto targets = m_doc.find(id, "targets");
            targets && m_doc.kind(*targets) == yaml::NodeKind::sequence) {
          for (const NodeId target : m_doc.items(*targets)) add_baseline_year(target);
        }
        for (const auto& entry : m_doc.entries(id)) {
          // A withdrawal was the old year's: the objective is evaluated again until the
          // secretary says otherwise (a question asks her).
          if (m_doc.text(entry.key) == "withdrawn" &&
              comment_out(entry.key, entry.value, withdrawn_header()))
            continue;
          // Last year's revisions were decided for last year: the new year starts from its own
          // levels, kept commented for the secretary to carry into value: and stretch:.
          if (m_doc.text(entry.key) == "revisions" &&
              comment_out(entry.key, entry.value, revisions_header()))
            continue;
          path.push_back(m_doc.text(entry.key));
          walk(entry.value, path);
          path.pop_back();
        }
        m_baselines.resize(baselines);
        return;
      }
      case yaml::NodeKind::sequence:
        for (const NodeId item : m_doc.items(id)) walk(item, path);
        return;
      case yaml::NodeKind::scalar:
        scalar(id, path);
        return;
      case yaml::NodeKind::null:
        return;
    }
  }

  // The start of the line `offset` is on.
  std::uint32_t line_start(std::uint32_t offset) const {
    while (offset > 0 && m_text[offset - 1] != '\n') --offset;
    return offset;
  }

  // The last node of the subtree of `id` (itself for a scalar).
  NodeId last_of(NodeId id) const {
    for (;;) {
      id = m_doc.resolve(id);
      if (m_doc.kind(id) == yaml::NodeKind::mapping && m_doc.size(id) > 0) {
        for (const auto& entry : m_doc.entries(id)) id = entry.value;
      } else if (m_doc.kind(id) == yaml::NodeKind::sequence && m_doc.size(id) > 0) {
        for (const NodeId item : m_doc.items(id)) id = item;
      } else {
        return id;
      }
    }
  }

  // A block entry commented out where it is written, line by line, with a line saying why
  // above it; false (nothing done) when the entry does not have its lines to itself.
  std::string withdrawn_header() const {
    return m_lang == Lang::vi ? "qobj new-year: rút khỏi đánh giá năm " + std::to_string(m_from) +
                                    "; bỏ dấu # nếu năm " + std::to_string(m_to) + " vẫn rút"
                              : "qobj new-year: withdrawn in " + std::to_string(m_from) +
                                    "; uncomment if still withdrawn in " + std::to_string(m_to);
  }
  std::string revisions_header() const {
    return m_lang == Lang::vi
               ? "qobj new-year: chỉ tiêu được điều chỉnh trong năm " + std::to_string(m_from) +
                     "; ghi mức của năm " + std::to_string(m_to) + " vào value:, stretch:"
               : "qobj new-year: target revised during " + std::to_string(m_from) +
                     "; write the levels for " + std::to_string(m_to) + " as value:, stretch:";
  }

  // Comments out a block entry, under a line saying why; false when it cannot be cut out
  // whole (written in flow style on a line shared with other keys).
  bool comment_out(NodeId key, NodeId value, const std::string& header) {
    const std::uint32_t key_at = m_doc.offset(key), begin = line_start(key_at);
    if (!std::all_of(m_text.begin() + begin, m_text.begin() + key_at,
                     [](char c) { return c == ' '; }))
      return false;
    const NodeId last = last_of(value);
    if (last + 1 < m_doc.node_count() && m_doc.is_alias(last)) return false;
    const std::uint32_t next = next_offset(last);
    std::uint32_t end = line_start(next);
    if (end <= key_at) return false;  // the next node is on the entry's last line
    // The blank and comment lines before the next key are the next key's.
    for (;;) {
      const std::uint32_t previous = line_start(end - 1);
      const std::string_view line = m_text.substr(previous, end - previous);
      const std::size_t first = line.find_first_not_of(" \r\n");
      if (previous <= key_at || (first != std::string_view::npos && line[first] != '#')) break;
      end = previous;
    }
    const std::string indent(key_at - begin, ' ');
    std::string out = indent + "# " + header + m_eol;
    for (std::uint32_t start = begin; start < end;) {
      const std::size_t found = m_text.find('\n', start);
      const auto stop = static_cast<std::uint32_t>(
          found == std::string_view::npos || found >= end ? end : found + 1);
      const std::string_view line = m_text.substr(start, stop - start);
      const std::size_t first = line.find_first_not_of(' ');
      if (first == std::string_view::npos || line[first] == '\n') {
        out += line;
      } else {
        out += std::string(line.substr(0, first)) + "# " + std::string(line.substr(first));
      }
      start = stop;
    }
    m_edits.push_back({begin, end, std::move(out)});
    m_protected.push_back({begin, end});
    return true;
  }

  void add_baseline_year(NodeId mapping) {
    if (m_doc.kind(mapping) != yaml::NodeKind::mapping) return;
    const auto baseline = m_doc.find(mapping, "baseline_year");
    const std::string_view year = baseline ? m_doc.text(*baseline) : std::string_view();
    if (year.size() == 4 && std::all_of(year.begin(), year.end(), is_digit))
      m_baselines.push_back(std::stoi(std::string(year)));
  }

  void scalar(NodeId id, const std::vector<std::string_view>& path) {
    const std::string_view key = path.back();
    const std::string_view text = m_doc.text(id);
    const bool in_document = path.front() == "document";
    if (m_doc.style(id) == yaml::Style::literal || m_doc.style(id) == yaml::Style::folded)
      m_protected.push_back({m_doc.offset(id), next_offset(id)});
    if (path.size() == 1 && key == "year") {
      if (replace_number(id)) ++m_out.years;
      return;
    }
    if (key == "baseline_year") {
      if (replace_number(id)) ++m_out.baseline_years;
      return;
    }
    if (in_document && path.size() == 2 && (key == "number" || key == "date")) {
      clear_document_field(id, key);
      return;
    }
    if (const auto date = parse_date(text)) {
      shift_date(id, *date);
      return;
    }
    // A school or fiscal year's name moves with its dates: "năm học 2009–2010" → "2010–2011".
    if (path.size() == 2 && path.front() == "period" && key == "label") {
      shift_label_years(id);
      return;
    }
    if (is_wording_key(key) && std::find(path.begin(), path.end(), "legal_bases") == path.end())
      reword(id);
  }

  // Where a scalar's text is written byte for byte, quotes left out; nullopt when it is not
  // (escapes, a folded line).
  std::optional<std::pair<std::uint32_t, std::uint32_t>> exact_span(NodeId id) const {
    const std::string_view text = m_doc.text(id);
    const char* base = m_text.data();
    if (text.data() >= base && text.data() + text.size() <= base + m_text.size()) {
      const auto begin = static_cast<std::uint32_t>(text.data() - base);
      return std::pair{begin, begin + static_cast<std::uint32_t>(text.size())};
    }
    const std::uint32_t at = m_doc.offset(id);
    if (at < m_text.size() && (m_text[at] == '"' || m_text[at] == '\'') &&
        m_text.substr(at + 1, text.size()) == text)
      return std::pair{at + 1, at + 1 + static_cast<std::uint32_t>(text.size())};
    return std::nullopt;
  }

  std::uint32_t next_offset(NodeId id) const {
    return id + 1 < m_doc.node_count() ? m_doc.offset(id + 1)
                                       : static_cast<std::uint32_t>(m_text.size());
  }

  std::uint32_t line_of(std::uint32_t offset) const { return m_doc.source().location(offset).line; }

  // A note about this file, at a line.
  YearNote note(YearNote::Kind kind, std::uint32_t line, std::string detail) const {
    YearNote made;
    made.kind = kind;
    made.file = m_doc.source().name();
    made.line = line;
    made.detail = std::move(detail);
    return made;
  }

  bool replace_number(NodeId id) {
    const auto span = exact_span(id);
    int value = 0;
    const std::string_view text = m_doc.text(id);
    if (!span || text.size() != 4 || !std::all_of(text.begin(), text.end(), is_digit)) return false;
    value = std::stoi(std::string(text));
    m_edits.push_back({span->first, span->second, std::to_string(value + m_to - m_from)});
    return true;
  }

  void shift_date(NodeId id, Date date) {
    const auto span = exact_span(id);
    if (!span) return;
    const int year = date.year + m_to - m_from;
    const Date before = date;
    date.year = static_cast<std::int16_t>(year);
    if (date.day > days_in_month(year, date.month)) {
      date.day = static_cast<std::int8_t>(days_in_month(year, date.month));
      m_notes.push_back(note(YearNote::Kind::leap_day, line_of(span->first),
                             before.to_string() + " → " + date.to_string()));
    }
    m_edits.push_back({span->first, span->second, date.to_string()});
    ++m_out.dates;
  }

  // The decision of the new year is not issued yet: its number and date are commented out
  // where they were, with a word saying why, and the secretary is asked for them.
  void clear_document_field(NodeId id, std::string_view key) {
    const auto span = exact_span(id);
    const std::string old_value(m_doc.text(id));
    std::string detail = std::string(key) + ": " + old_value;
    // Only a block entry alone on its line can be commented out.
    NodeId key_node = id - 1;
    const std::uint32_t key_at = m_doc.offset(key_node);
    const std::uint32_t begin = line_start(key_at);
    const bool alone = span && std::all_of(m_text.begin() + begin, m_text.begin() + key_at,
                                           [](char c) { return c == ' '; });
    if (alone) {
      std::uint32_t value_end = span->second;
      if (value_end < m_text.size() && (m_text[value_end] == '"' || m_text[value_end] == '\''))
        ++value_end;
      const std::string indent(key_at - begin, ' ');
      const std::string why =
          m_lang == Lang::vi
              ? " (qobj new-year: của năm " + std::to_string(m_from) + "; ghi " +
                    (key == "number" ? std::string("số") : std::string("ngày")) +
                    " của quyết định năm " + std::to_string(m_to) + ")"
              : " (qobj new-year: " + std::to_string(m_from) + "'s; write the " + std::string(key) +
                    " of " + std::to_string(m_to) + "'s decision)";
      m_edits.push_back(
          {begin, value_end,
           indent + "# " + std::string(m_text.substr(key_at, value_end - key_at)) + why});
    } else {
      detail += m_lang == Lang::vi ? " — vẫn còn trong tệp: hãy sửa"
                                   : " — still written there: change it";
    }
    if (m_cleared) {
      m_cleared->detail += ", " + detail;
      return;
    }
    m_cleared = note(YearNote::Kind::document_cleared, line_of(key_at), detail);
  }

  // Every year of the plan's own span in the label (the old year and the one beside it) moved
  // by as many years as the plan.
  void shift_label_years(NodeId id) {
    const auto span = exact_span(id);
    if (!span) return;
    const std::string_view source = m_text.substr(span->first, span->second - span->first);
    std::string text;
    bool changed = false;
    for (std::size_t at = 0; at < source.size();) {
      const bool starts = is_digit(source[at]) && (at == 0 || !is_digit(source[at - 1]));
      std::size_t end = at;
      while (end < source.size() && is_digit(source[end])) ++end;
      if (starts && end - at == 4) {
        const int year = std::stoi(std::string(source.substr(at, 4)));
        if (year >= m_from - 1 && year <= m_from + 1) {
          text += std::to_string(year + m_to - m_from);
          changed = true;
          at = end;
          continue;
        }
      }
      const std::size_t next = end > at ? end : at + 1;
      text.append(source.substr(at, next - at));
      at = next;
    }
    if (!changed) return;
    ++m_out.texts;
    m_notes.push_back(note(YearNote::Kind::text_reworded, line_of(span->first), text));
    m_edits.push_back({span->first, span->second, std::move(text)});
  }

  void reword(NodeId id) {
    const std::uint32_t begin = m_doc.offset(id), end = next_offset(id);
    const std::string_view source = m_text.substr(begin, end - begin);
    int replaced = 0;
    std::size_t first = std::string::npos;
    std::string text = with_year_replaced(source, m_from, m_to, &replaced, &first);
    for (const int baseline : m_baselines) {
      if (baseline != m_from)
        text = with_year_replaced(text, baseline, baseline + m_to - m_from, &replaced, &first);
    }
    if (const std::size_t span = year_span_at(text); span != std::string_view::npos) {
      const auto lines_before = static_cast<std::uint32_t>(
          std::count(text.begin(), text.begin() + static_cast<long>(span), '\n'));
      m_notes.push_back(note(YearNote::Kind::multi_year_text, line_of(begin) + lines_before,
                             line_at(text, span)));
    }
    if (replaced == 0) return;
    ++m_out.texts;
    const auto lines_before = static_cast<std::uint32_t>(
        std::count(text.begin(), text.begin() + static_cast<long>(first), '\n'));
    m_notes.push_back(
        note(YearNote::Kind::text_reworded, line_of(begin) + lines_before, line_at(text, first)));
    m_edits.push_back({begin, end, std::move(text)});
  }

  // The line of `text` that holds `at`, trimmed of indentation, quotes and block indicators:
  // what a note shows.
  static std::string line_at(std::string_view text, std::size_t at) {
    if (at > text.size()) at = 0;
    const std::size_t start = text.rfind('\n', at == 0 ? 0 : at - 1);
    std::string_view line = text.substr(start == std::string_view::npos || at == 0 ? 0 : start + 1);
    line = line.substr(0, line.find('\n'));
    const std::size_t first = line.find_first_not_of(" >-|\"'");
    line = first == std::string_view::npos ? std::string_view() : line.substr(first);
    // What closes a flow collection or quote around the text is not the text.
    while (!line.empty() &&
           std::string_view(" \"'\r]},").find(line.back()) != std::string_view::npos)
      line.remove_suffix(1);
    return std::string(line);
  }

  // Where `text` names a span of years the old year lies in ("giai đoạn 2021-2025"); npos
  // when it names none.
  std::size_t year_span_at(std::string_view text) const {
    const auto year_at = [&](std::size_t at) {
      if (at + 4 > text.size() || (at > 0 && is_digit(text[at - 1])) ||
          (at + 4 < text.size() && is_digit(text[at + 4])))
        return -1;
      for (std::size_t i = at; i < at + 4; ++i) {
        if (!is_digit(text[i])) return -1;
      }
      return std::stoi(std::string(text.substr(at, 4)));
    };
    for (std::size_t at = 0; at + 9 <= text.size(); ++at) {
      const int first = year_at(at);
      if (first < 0) continue;
      for (const std::string_view dash : {std::string_view("-"), std::string_view("–")}) {
        if (text.substr(at + 4, dash.size()) != dash) continue;
        const int last = year_at(at + 4 + dash.size());
        if (last >= 0 && first <= m_from && m_from <= last) return at;
      }
    }
    return std::string_view::npos;
  }

  // A measurements entry the new year starts without: from its key's line to the next
  // top-level key's line. `records` becomes an empty list.
  void drop_entry(NodeId key, bool leave_empty_list) {
    std::uint32_t begin = m_doc.offset(key);
    while (begin > 0 && m_text[begin - 1] != '\n') --begin;
    std::uint32_t end = static_cast<std::uint32_t>(m_text.size());
    bool after = false;
    for (const auto& entry : m_doc.entries(m_doc.root())) {
      if (after) {
        end = m_doc.offset(entry.key);
        while (end > begin && m_text[end - 1] != '\n') --end;
        break;
      }
      after = entry.key == key;
    }
    const NodeId value = key + 1;
    if (m_doc.kind(value) == yaml::NodeKind::sequence)
      m_out.records_dropped += leave_empty_list ? m_doc.size(value) : 0;
    // The entries go; the comments among them stay (a commented example of a record, a note
    // on how a target is measured), with the year moved on.
    std::string kept = leave_empty_list ? "records: []" + m_eol : "";
    bool first_line = true, blank = false;
    for (std::uint32_t start = begin; start < end;) {
      const std::size_t found = m_text.find('\n', start);
      const auto stop =
          static_cast<std::uint32_t>(found == std::string_view::npos || found >= end ? end : found);
      const std::string_view line = m_text.substr(start, stop - start);
      start = stop + 1;
      if (first_line) {
        first_line = false;
        continue;
      }
      const std::size_t indent = line.find_first_not_of(' ');
      if (indent == std::string_view::npos || line.substr(indent) == "\r") {
        blank = !kept.empty();
      } else if (line[indent] == '#') {
        if (blank) kept += m_eol;
        blank = false;
        kept += moved_comment(line.substr(0, line.find_last_not_of('\r') + 1)) + m_eol;
      }
    }
    if (blank) kept += m_eol;
    m_edits.push_back({begin, end, std::move(kept)});
    m_protected.push_back({begin, end});
  }

  // A whole-line comment with the old year moved on: the year named, its dates, and a
  // commented example's baseline year ("#   baseline_year: 2023").
  std::string moved_comment(std::string_view line) {
    int replaced = 0;
    std::string text = with_year_replaced(line, m_from, m_to, &replaced);
    // A commented baseline names the year before the plan's: "baseline_year: 2023", or
    // "year: 2023" in a commented `baselines:` entry.
    for (const std::string_view key :
         {std::string_view("baseline_year:"), std::string_view("year:")}) {
      const std::size_t found = text.find(key);
      if (found == std::string::npos || (found > 0 && text[found - 1] == '_')) continue;
      const std::size_t at = text.find_first_not_of(' ', found + key.size());
      if (at == std::string::npos || at + 4 > text.size() ||
          !std::all_of(text.begin() + static_cast<long>(at),
                       text.begin() + static_cast<long>(at + 4), is_digit) ||
          (at + 4 < text.size() && is_digit(text[at + 4])))
        continue;
      const int year = std::stoi(text.substr(at, 4));
      if (year < m_from) {
        text.replace(at, 4, std::to_string(year + m_to - m_from));
        ++replaced;
      }
    }
    if (replaced > 0) ++m_out.comments;
    return text;
  }

  // Whole-line comments naming the old year, outside what was already edited and outside
  // block scalars (where a '#' line is text).
  void rewrite_comments() {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> taken = m_protected;
    for (const Edit& edit : m_edits) taken.push_back({edit.begin, edit.end});
    std::sort(taken.begin(), taken.end());
    const auto is_taken = [&](std::uint32_t at) {
      return std::any_of(taken.begin(), taken.end(),
                         [&](const auto& range) { return at >= range.first && at < range.second; });
    };
    for (std::uint32_t start = 0; start < m_text.size();) {
      const std::size_t found = m_text.find('\n', start);
      const auto end =
          static_cast<std::uint32_t>(found == std::string_view::npos ? m_text.size() : found);
      const std::string_view line = m_text.substr(start, end - start);
      const std::size_t first = line.find_first_not_of(' ');
      if (first != std::string_view::npos && line[first] == '#' && !is_taken(start)) {
        const std::size_t before = static_cast<std::size_t>(m_out.comments);
        std::string text = moved_comment(line);
        if (static_cast<std::size_t>(m_out.comments) > before)
          m_edits.push_back({start, end, std::move(text)});
      }
      start = end + 1;
    }
  }

  std::string applied() {
    std::sort(m_edits.begin(), m_edits.end(),
              [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    std::string out;
    out.reserve(m_text.size());
    std::uint32_t at = 0;
    for (const Edit& edit : m_edits) {
      if (edit.begin < at) continue;  // inside an edit already made (cannot happen by design)
      out.append(m_text.substr(at, edit.begin - at));
      out += edit.text;
      at = edit.end;
    }
    out.append(m_text.substr(at));
    return out;
  }

  const Document& m_doc;
  std::string_view m_text;
  int m_from, m_to;
  Lang m_lang;
  std::string m_eol;
  YearFile& m_out;
  std::vector<YearNote>& m_notes;
  std::vector<Edit> m_edits;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> m_protected;
  std::vector<int> m_baselines;       // the baseline years of the targets being walked
  std::optional<YearNote> m_cleared;  // the decision's number and date, one note for both
};

// A question about an objective (and one of its targets) of the old year.
YearNote question(YearNote::Kind kind, const eval::ObjectiveEvaluation& objective,
                  const eval::TargetEvaluation* target, std::string detail) {
  YearNote made;
  made.kind = kind;
  made.objective = objective.objective->id;
  made.target = target ? target->target->id : std::string();
  made.verdict = target ? target->result.verdict : objective.verdict;
  made.evaluated_objective = &objective;
  made.evaluated_target = target;
  made.detail = std::move(detail);
  return made;
}

// The questions the old year's results raise, by objective in reading order.
void ask_about_results(const eval::Evaluation& results, std::vector<YearNote>& notes) {
  for (const eval::AgencyEvaluation& agency : results.agencies) {
    for (const eval::ObjectiveEvaluation& objective : agency.objectives) {
      // A corrective action of the old year's evaluation that falls due in the new year.
      if (const model::YearEndEvaluation* year_end = objective.year_end;
          year_end && year_end->corrective_action && year_end->corrective_action->due &&
          *year_end->corrective_action->due > agency.period.end) {
        const model::CorrectiveAction& action = *year_end->corrective_action;
        notes.push_back(question(YearNote::Kind::corrective_action, objective, nullptr,
                                 action.due->to_string() + "\n" + action.action));
      }
      if (objective.verdict == eval::Verdict::withdrawn) {
        notes.push_back(question(YearNote::Kind::withdrawn, objective, nullptr,
                                 objective.objective->withdrawn
                                     ? objective.objective->withdrawn->reason
                                     : std::string()));
        continue;
      }
      for (const eval::TargetEvaluation& target : objective.targets) {
        const auto kind =
            target.result.verdict == eval::Verdict::exceeded     ? YearNote::Kind::exceeded
            : target.result.verdict == eval::Verdict::not_met    ? YearNote::Kind::not_met
            : target.result.verdict == eval::Verdict::no_data    ? YearNote::Kind::no_data
            : target.result.verdict == eval::Verdict::incomplete ? YearNote::Kind::incomplete
                                                                 : std::optional<YearNote::Kind>();
        if (!kind) continue;
        notes.push_back(question(*kind, objective, &target, {}));
      }
      // Not met, and the old year's measurements say neither why nor what will be done.
      if (objective.verdict == eval::Verdict::not_met &&
          (!objective.year_end ||
           (objective.year_end->cause.empty() && !objective.year_end->corrective_action))) {
        notes.push_back(question(YearNote::Kind::no_cause, objective, nullptr, {}));
      }
    }
  }
}

}  // namespace

std::string with_year_replaced(std::string_view text, int from, int to, int* replaced,
                               std::size_t* first) {
  const std::string year = std::to_string(from), next = std::to_string(to);
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  for (std::size_t found = text.find(year); found != std::string_view::npos;
       found = text.find(year, found + 1)) {
    const std::size_t end = found + year.size();
    const bool alone =
        (found == 0 || !is_digit(text[found - 1])) && (end == text.size() || !is_digit(text[end]));
    // "15/2021/NĐ-CP" and "2021-2025" are not the plan's year on its own; "2021-12-31" is a
    // day of it.
    // A day or a period of the year: 2021-12-31, 2021-03, 2021-Q1, 2021-H2, 2021-9M.
    const auto char_at = [&](std::size_t i) { return i < text.size() ? text[i] : '\0'; };
    const bool date =
        char_at(end) == '-' &&
        ((is_digit(char_at(end + 1)) && is_digit(char_at(end + 2)) &&
          !is_digit(char_at(end + 3))) ||
         ((char_at(end + 1) == 'Q' || char_at(end + 1) == 'H') && is_digit(char_at(end + 2))) ||
         (char_at(end + 1) == '9' && char_at(end + 2) == 'M'));
    const bool part_of_more = (end < text.size() && text[end] == '/') ||
                              (end < text.size() && text[end] == '-' && !date) ||
                              in_year_span(text, found, end);
    if (!alone || part_of_more) continue;
    out.append(text.substr(at, found - at));
    if (first && out.size() < *first) *first = out.size();
    out += next;
    at = end;
    if (replaced) ++*replaced;
  }
  out.append(text.substr(at));
  return out;
}

NewYear plan_new_year(const model::Repository& repository, int to_year,
                      const eval::Evaluation* old_results, Lang lang) {
  NewYear plan;
  plan.to_year = to_year;
  for (const model::ObjectivesFile& file : repository.objectives)
    plan.from_year = std::max(plan.from_year, file.year);
  for (const model::MeasurementsFile& file : repository.measurements)
    plan.from_year = plan.from_year == 0 ? file.year : plan.from_year;
  // The files in the order they were read.
  std::vector<std::pair<std::uint32_t, bool>> documents;
  for (const model::ObjectivesFile& file : repository.objectives)
    documents.emplace_back(file.document, false);
  for (const model::MeasurementsFile& file : repository.measurements)
    documents.emplace_back(file.document, true);
  std::sort(documents.begin(), documents.end());
  std::vector<YearNote> file_notes;
  for (const auto& [index, measurements] : documents) {
    const Document& document = *repository.documents[index];
    YearFile file;
    file.source = document.source().name();
    file.measurements = measurements;
    FileEditor editor(document, plan.from_year, to_year, lang, file, file_notes);
    file.text = editor.run();
    plan.files.push_back(std::move(file));
  }
  std::stable_sort(file_notes.begin(), file_notes.end(), [](const YearNote& a, const YearNote& b) {
    return std::tie(a.file, a.line) < std::tie(b.file, b.line);
  });
  plan.notes = std::move(file_notes);
  if (old_results) ask_about_results(*old_results, plan.notes);
  return plan;
}

}  // namespace qobj::cycle

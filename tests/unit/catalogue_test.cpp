#include "core/diag/catalogue.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <set>

using namespace qobj;

namespace {

std::multiset<std::string> placeholders(std::string_view text) {
  std::multiset<std::string> found;
  const std::string s(text);
  const std::regex placeholder(R"(\{[0-9]+\})");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), placeholder);
       it != std::sregex_iterator(); ++it) {
    found.insert(it->str());
  }
  return found;
}

std::set<std::string> distinct(const std::multiset<std::string>& all) {
  return {all.begin(), all.end()};
}

}  // namespace

TEST_CASE("the catalogue has one entry per message, in enum order") {
  const auto& entries = catalogue();
  REQUIRE(entries.size() == static_cast<std::size_t>(MessageId::count_));
  for (std::size_t i = 0; i < entries.size(); ++i) {
    CHECK(static_cast<std::size_t>(entries[i].id) == i);
  }
}

TEST_CASE("codes are unique and well-formed") {
  std::set<std::string_view> codes;
  const std::regex shape(R"([a-z]+\.[a-z0-9-]+)");
  for (const auto& entry : catalogue()) {
    if (entry.code.empty()) continue;
    CHECK_MESSAGE(codes.insert(entry.code).second, entry.code);
    CHECK_MESSAGE(std::regex_match(std::string(entry.code), shape), entry.code);
  }
}

TEST_CASE("every message exists in both languages with the same arguments") {
  for (const auto& entry : catalogue()) {
    INFO(entry.en);
    CHECK_FALSE(entry.en.empty());
    CHECK_FALSE(entry.vi.empty());
    CHECK(distinct(placeholders(entry.en)) == distinct(placeholders(entry.vi)));
    CHECK(entry.hint_en.empty() == entry.hint_vi.empty());
    CHECK(distinct(placeholders(entry.hint_en)) == distinct(placeholders(entry.hint_vi)));
    // Formatting with enough arguments never throws.
    const std::vector<MessageArg> args(8, MessageArg("x"));
    CHECK_NOTHROW(format_message(entry.id, Lang::en, args));
    CHECK_NOTHROW(format_message(entry.id, Lang::vi, args));
    CHECK_NOTHROW(format_hint(entry.id, Lang::vi, args));
  }
}

TEST_CASE("messages are formatted in the chosen language") {
  CHECK(format_message(MessageId::yaml_duplicate_key, Lang::en, {"title"}) ==
        "duplicate key \"title\" in this mapping");
  CHECK(format_message(MessageId::yaml_duplicate_key, Lang::vi, {"title"}) ==
        "khoá \"title\" bị lặp trong cùng một ánh xạ");
  CHECK(message_code(MessageId::yaml_duplicate_key) == "yaml.duplicate-key");
  CHECK(format_hint(MessageId::ui_error, Lang::en).empty());
}

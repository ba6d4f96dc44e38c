// One model for every error and warning qobj reports, from every layer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diag/message_id.hpp"
#include "core/time/date.hpp"

namespace qobj {

enum class Severity : std::uint8_t { error, warning, note };

// A place in a file. Line and column are 1-based; the column counts characters (code points)
// of the line as written, not bytes. Line 0 means "the file as a whole".
struct Location {
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint64_t offset = 0;  // bytes from the start of the file
  // A spreadsheet's cell ("H12", "'Quý 1.2026'!H12") when the file is a table: for a
  // workbook it is the place (line 0); for a CSV it is said beside the line and column.
  std::string cell{};

  friend bool operator==(const Location&, const Location&) = default;
};

// An argument of a message: literal text, or a phrase of the catalogue that is put in the
// report's language when the message is rendered (e.g. "a list" / "danh sách").
// Several phrases are joined with the language's "or" ("text or a number"). Periods are
// worded in the language too ("quý III, quý IV năm 2021" / "Q3, Q4 2021").
struct MessageArg {
  std::string text;
  std::vector<MessageId> phrases;
  MessageId joiner = MessageId::phrase_or;  // between phrases: " or ", or ", " for lists
  std::vector<Period> periods;
  // Text a schema gives in both languages (its own x-qobj-pattern description): `text` is the
  // English, this the Vietnamese.
  std::string text_vi;

  MessageArg(std::string value) : text(std::move(value)) {}  // NOLINT: implicit by design
  MessageArg(const char* value) : text(value) {}             // NOLINT
  MessageArg(MessageId id) : phrases{id} {}                  // NOLINT
  explicit MessageArg(std::vector<MessageId> ids) : phrases(std::move(ids)) {}
  explicit MessageArg(std::vector<Period> list) : periods(std::move(list)) {}
  explicit MessageArg(const Period& period) : periods{period} {}
  static MessageArg bilingual(std::string en, std::string vi) {
    MessageArg arg(std::move(en));
    arg.text_vi = std::move(vi);
    return arg;
  }
  friend bool operator==(const MessageArg&, const MessageArg&) = default;
};

// A second place that explains the first, e.g. where a duplicated key was first written.
struct RelatedLocation {
  Location location;
  MessageId note;
};

struct Diagnostic {
  Severity severity = Severity::error;
  MessageId message;
  std::vector<MessageArg> args;  // fill {0}, {1}… of the message, the hint and the note
  Location location;
  std::string pointer;  // JSON pointer (RFC 6901) of the node concerned; "" is the document
  std::optional<RelatedLocation> related;
  // A hint that replaces the catalogue's default one for this message (e.g. "did you mean").
  std::optional<MessageId> hint;

  static Diagnostic error(MessageId message, std::vector<MessageArg> args, Location location,
                          std::string pointer = {}) {
    Diagnostic d;
    d.message = message;
    d.args = std::move(args);
    d.location = std::move(location);
    d.pointer = std::move(pointer);
    return d;
  }
};

// Orders diagnostics by file, then position; stable for equal positions.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

// Appends a JSON pointer token, escaping '~' and '/' as RFC 6901 requires.
void append_pointer_token(std::string& pointer, std::string_view token);

}  // namespace qobj

// The message catalogue: stable codes, and English and Vietnamese wording of every message.
//
// A compiled-in table rather than gettext: the binary stays one file that needs no installed
// .mo files or generated locales (minimal Debian images have no vi_VN locale), the language
// is chosen per run by --lang rather than by the C library's locale, and a unit test checks
// that both languages exist for every message and take the same arguments.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/diag/language.hpp"
#include "core/diag/message_id.hpp"

namespace qobj {

struct CatalogueEntry {
  MessageId id;
  std::string_view code;  // stable, e.g. "yaml.duplicate-key"; empty for UI phrases
  std::string_view en;
  std::string_view vi;
  std::string_view hint_en;  // optional advice on how to fix it
  std::string_view hint_vi;
};

const CatalogueEntry& catalogue_entry(MessageId id);
const std::vector<CatalogueEntry>& catalogue();

std::string_view message_code(MessageId id);

// The wording in `lang`, with {0}, {1}… replaced by `args`.
std::string format_message(MessageId id, Lang lang, const std::vector<MessageArg>& args = {});
// The hint in `lang`, formatted like the message; empty when the entry has none.
std::string format_hint(MessageId id, Lang lang, const std::vector<MessageArg>& args = {});

}  // namespace qobj

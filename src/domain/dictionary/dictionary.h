#pragma once
// Dictionaries (字典): every enumeration users see — roles, scopes, genders, ranks,
// Party status, position-event kinds, … — with its stable code, Chinese and English
// labels and display order. The web front end and the XLSX exports take labels from
// here and never hard-code them (GET /api/v1/dictionaries).
//
// The organisation dictionaries and the role/scope dictionaries (labels from
// domain/auth/principal.h) are built in. Other modules add theirs with
// register_dictionary() — call it from code that is certainly linked (e.g. the
// module's api/<module>_api.cpp registrar, which runs at start-up), because a static
// registrar alone in a domain .cpp may be dropped by the linker from the static
// library. Registering a name again replaces the earlier entry. Thread-safe.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qf::dictionary {

struct Entry {
  std::string code;
  std::string label_zh;
  std::string label_en;
  int sort = 0;
};

struct Dictionary {
  std::string name;       // e.g. "rank"; stable, used in URLs
  std::string title_zh;   // e.g. "职级"
  std::string title_en;
  std::vector<Entry> entries;  // in display order (sort ascending)
};

void register_dictionary(Dictionary d);

// All dictionaries, sorted by name.
std::vector<Dictionary> all_dictionaries();
std::optional<Dictionary> find(std::string_view name);

// Label of `code` in dictionary `name`; the code itself when unknown (never empty for
// a non-empty code, so an export still shows something meaningful).
std::string label_zh(std::string_view name, std::string_view code);
std::string label_en(std::string_view name, std::string_view code);
// Code whose Chinese or English label (or code) equals `text`, e.g. "男" → "male".
std::optional<std::string> code_for_label(std::string_view name, std::string_view text);
bool has_code(std::string_view name, std::string_view code);

}  // namespace qf::dictionary

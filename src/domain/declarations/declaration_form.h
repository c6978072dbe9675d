#pragma once
// The report form (报告表) as DATA: sections → items → fields, plus the 漏报/瞒报
// handling rules, read from a JSON definition (the 2023 revision is shipped in
// share/declarations/form-2023.json and stored by migration 0017 in declaration_forms).
// A later revision of the regulation is a new definition, not new code: nothing here
// knows an item by name.
//
// What a cadre fills in ("content") is JSON:
//   {"items": {"<item code>": {"none": true} | {"rows": [{"<field code>": "text"}, …]}},
//    "note": "free text (change reports: what changed)"}
// Every value is a string as typed. check_content() refuses a malformed value naming the
// item, row and field in both languages (field path "items.<item>[<row>].<field>");
// with `complete` (submit) it also requires every item answered and every required
// field filled.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace qf::declarations {

using json = nlohmann::json;

// Field types the form may use (the "type" of a field).
//   text, choice (one of "options"), date (YYYY-MM-DD), amount (yuan, ≥ 0, ≤ 2 decimals),
//   area (≥ 0, ≤ 2 decimals: m², shares, units), resident_id (GB 11643 check digit),
//   passport (PRC passport number), permit (往来港澳/台湾通行证 number; the row's "kind"
//   field names which).
struct FormField {
  std::string code, label_zh, label_en, type;
  bool required = false;
  std::vector<std::string> options;
};
struct FormItem {
  std::string code, no, title_zh, title_en;
  bool repeating = true;
  std::vector<FormField> fields;
  const FormField* field(const std::string& code) const;
};
struct FormSection {
  std::string code, title_zh, title_en;
  std::vector<FormItem> items;
};
struct FormDef {
  std::string revision, title_zh, title_en;
  std::vector<FormSection> sections;
  json handling_rules = json::array();
  json raw;  // the definition as given (sent to the browser)
  const FormItem* item(const std::string& code) const;
  std::vector<const FormItem*> items() const;
};

// Parses a definition; a malformed one is kInvalid "declaration.form" naming the place.
Result<FormDef> parse_form(const std::string& json_text);

// Checks one value of a field; nullopt when good, else {zh, en} of what is wrong.
// `row_kind` is the row's "kind" value (for permit numbers).
struct Problem {
  std::string zh, en;
};
std::optional<Problem> check_value(const FormField& f, const std::string& value, const std::string& row_kind = "");

// Passport and permit number rules (also used by the browser's copy in
// web/src/modules/declarations/validators.ts; the unit tests keep them in step).
bool valid_passport_number(const std::string& normalised);
bool valid_hk_macao_permit(const std::string& normalised);
bool valid_taiwan_permit(const std::string& normalised);
// Upper case, spaces removed (ASCII and U+3000).
std::string normalise_document_number(const std::string& text);

// Validates `content` against `form` (see the header comment); returns it normalised
// (document numbers upper-cased, ID numbers in canonical form, unknown-free).
Result<json> check_content(const FormDef& form, const json& content, bool complete);

// The empty content of a form: every item unanswered.
json empty_content();

// The differences between last year's content and this one, item by item:
//   [{"item": code, "no", "title_zh", "title_en",
//     "changes": [{"change": "added"|"removed"|"changed"|"answer", "row": n,
//                  "fields": [field codes that differ], "before": {…}|null, "after": {…}|null}]}]
// Rows are matched first by identical content (unchanged), then in order (changed); rows
// left over are added or removed. Items without differences are left out.
json compare_content(const FormDef& form, const json& before, const json& after);

}  // namespace qf::declarations

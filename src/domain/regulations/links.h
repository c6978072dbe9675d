#pragma once
// Links of the regulation library (制度库) with the material that refers to it
// (migration 0037):
// * 制度解读: an education item of kind `interpretation` names the regulation (and
//   optionally the version) it interprets; the regulation lists its interpretations.
// * 以案促改 "rules changed": a case-driven reform notice names the new regulation
//   versions it led to; the notice and the regulation both show the link.
// Visibility is each side's own: an interpretation is listed on a regulation only to a
// reader who may see that education item (education::get_item: assigned to them, or
// education.progress); a reform notice only to a reader who may see it
// (inspections::get_case_reform: inspection.read and the ledger's scope). Regulations
// themselves are visible to every regulation.read holder. Nothing is listed that the
// reader could not open.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "store/database.h"

namespace qf::regulations {

// The regulation an interpretation names.
struct InterpretedRegulation {
  int64_t regulation_id = 0;
  std::string regulation_title, doc_number;
  std::optional<int> version_no;
  std::string version_title;
};
// Validates and stores the link of a freshly published interpretation (same
// transaction). Errors name the field: `regulation_id` (kInvalid regulation.not_found
// when absent), `regulation_version_no` (kInvalid regulation.version_not_found).
Status link_interpretation(store::Connection& conn, int64_t education_item_id, int64_t regulation_id,
                           std::optional<int> version_no, int64_t now_ms);
Result<std::optional<InterpretedRegulation>> interpreted_regulation(store::Connection& conn, int64_t education_item_id);

struct InterpretationRef {
  int64_t education_item_id = 0;
  std::string title, published_on;
  std::optional<int> version_no;
};
// The interpretations of regulation `id` the reader may open.
Result<std::vector<InterpretationRef>> interpretations_of(store::Connection& conn, const auth::Principal& who,
                                                          int64_t regulation_id);

// 以案促改 → 制度修订.
struct RuleChange {
  int64_t id = 0, regulation_id = 0;
  int version_no = 0;
  std::string title, doc_number, effective_on, change_note, note;
  int64_t created_at = 0;
};
// Links reform `case_reform_id` (which `who` must see: kNotFound
// inspection.case_reform_not_found otherwise, like an absent one) to version
// `version_no` of regulation `regulation_id`. Errors name the field (`regulation_id`,
// `version_no`); the same version twice: kConflict case_reform.rule_change_exists.
Result<int64_t> add_rule_change(store::Connection& conn, const auth::Principal& who, int64_t case_reform_id,
                                int64_t regulation_id, std::optional<int> version_no, const std::string& note,
                                const std::string& today, int64_t now_ms);
Result<std::vector<RuleChange>> rule_changes_of_reform(store::Connection& conn, int64_t case_reform_id);

struct ReformRef {
  int64_t case_reform_id = 0;
  std::string number, title, issued_on, note;
  int version_no = 0;
};
// The reform notices that led to versions of regulation `id`, those the reader may see.
Result<std::vector<ReformRef>> reforms_of(store::Connection& conn, const auth::Principal& who, int64_t regulation_id,
                                          const std::string& today);

}  // namespace qf::regulations

#pragma once
// A finding turned into a verification item (核查事项) for a cadre of the open round: which
// item of the personal-matters form it concerns, the kind of discrepancy, and the texts
// (the declared side names the finding; the registry side is the finding's evidence
// summary — the same sentence a clue made from it carries).
#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "domain/findings/findings_store.h"
#include "store/database.h"

namespace qf::findings {

struct VerificationDraft {
  std::string item;         // form item code
  std::string discrepancy;  // missing | understated | other
  std::string declared;     // ≤ 1000 characters
  std::string registry;     // ≤ 1000 characters
};

// The form item a rule's finding concerns by default: R1, R2 → family_business, R3 →
// real_estate, R4 → private_trips; "" for the rules with no item of the form (R5–R10).
std::string default_item(const std::string& rule);
// The default kind: R1, R3, R4 missing (未报告); else other.
std::string default_discrepancy(const std::string& rule);
VerificationDraft verification_draft(const Finding& f, const std::string& item, const std::string& discrepancy);

// The person's member row in the latest verification round (rounds are never closed: the
// latest is the open one), if any.
struct OpenMember {
  int64_t member_id = 0;
  int64_t round_id = 0;
  int round_year = 0;
  bool sampled = false, candidate = false;
};
Result<std::optional<OpenMember>> open_member(store::Connection& conn, int64_t person_id);

}  // namespace qf::findings

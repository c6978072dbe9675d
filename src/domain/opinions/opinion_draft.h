#pragma once
// 党风廉政意见回复 — the drafting rules (pure): the answer to the organisation department
// about one person, in the standard wording of a discipline committee, from the facts of
// the person's integrity record (verification/opinion_facts.h):
//   - nothing bearing on the purpose: "经查，未发现X同志有违反党风廉政建设规定的问题。"
//   - otherwise "经查，X同志<fact>；<fact>。建议暂缓<提拔|评优评先|调任|使用>。" with, in
//     this order: an approved 瞒报 conclusion of a round in the last `concealed_years`
//     years; a measure whose period of effect (影响期, influence_months) has not ended;
//     a problem clue still being handled (without its number: the clue stays with the
//     discipline committee).
// The grounds (clue numbers, measures, verification items) are returned separately for
// the discipline committee's eyes only.
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "domain/verification/opinion_facts.h"

namespace qf::opinions {

// The purposes of a request (dictionary opinion_purpose).
bool known_purpose(std::string_view code);
std::string_view purpose_label_zh(std::string_view code);
// What is deferred: 提拔, 评优评先, 调任, 使用.
std::string_view deferred_action_zh(std::string_view purpose);

// Months a measure bars promotion after its decision (影响期), by measure code; 0 for a
// measure with no lasting effect on the purpose (the first form's talks and criticism);
// -1 for one that has no end (expulsion, a case filed, a referral).
int influence_months(std::string_view measure);

struct Draft {
  std::string text;
  bool hold = false;        // the draft advises deferring
  nlohmann::json grounds;   // {concealed:[…], measures:[…], open_clues:[…]} actually used
};

Draft draft_answer(const std::string& person_name, std::string_view purpose, Date today, int concealed_years,
                   const verification::IntegrityFacts& facts);

}  // namespace qf::opinions

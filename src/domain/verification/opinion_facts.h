#pragma once
// What an integrity opinion (党风廉政意见回复, domain/opinions/) is drafted from: the facts
// of one person's integrity record that bear on a promotion, an award or a transfer —
// approved 瞒报 verification conclusions, problem clues still open, and the measures of
// closed clues applied to the person. The same records as the dossier (dossier() in
// verification_store.h) reads, through the same SQL; unlike dossier() it takes no caller:
// it is the drafting step of the opinions module, whose own rules decide who ever sees
// the facts (the discipline committee only). Never hand its result to another caller.
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/auth/server_key.h"
#include "store/database.h"

namespace qf::verification {

struct ConcealedFinding {  // an approved 瞒报 conclusion
  int64_t item_id = 0;
  int year = 0;               // the round's year
  std::string item_title_zh;  // the form item's title (without its number)
  std::string consequences;
};
struct OpenClue {  // a problem clue naming the person, not closed
  int64_t clue_id = 0;
  std::string number, state, received_date;
};
struct AppliedMeasureFact {  // a measure of a closed clue applied to the person
  int64_t clue_id = 0;
  std::string clue_number, form, measure, decided_on;
};
struct IntegrityFacts {
  std::vector<ConcealedFinding> concealed;
  std::vector<OpenClue> open_clues;
  std::vector<AppliedMeasureFact> measures;
};

Result<IntegrityFacts> integrity_facts(store::Connection& conn, const auth::ServerKey& key, int64_t person_id);

}  // namespace qf::verification

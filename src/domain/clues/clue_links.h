#pragma once
// Splitting and merging clues (线索拆分、合并) with the history kept. Pure functions:
// they return the superseded clue(s) with their final step recorded, the new clue(s)
// (numbered from the allocator, state registered, a `register` step whose opinion
// names where they came from) and the link records the store keeps between numbers.
// Nothing is deleted: the originals stay, in state split / merged, with all their
// history; their numbers are never reused.
//
// Rules (the issue is silent; see docs/modules/supervision.md):
// - Only a clue that is registered or under collective review may be split or merged
//   (once a disposition is proposed the clue is in the approval process); the actor is
//   a handler or the discipline secretary; an opinion (reason) is required.
// - Split: at least two parts, each with its persons, matter and category; each part
//   keeps the original's source, received date and disposition-stage start (the
//   1-month rule keeps running from the original receipt).
// - Merge: at least two distinct clues; the merged clue takes the earliest received
//   date and disposition-stage start among them and the source of the earliest
//   received one; its persons are the given ones, or the union of the originals'
//   (same person_id, or same name when unlinked, counted once).
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/clue_number.h"
#include "domain/clues/problem_clue.h"

namespace qf::clues {

// A link between two clues, keyed by their permanent numbers (ids are the store's).
struct ClueLink {
  LinkKind kind = LinkKind::kSplit;
  std::string from_number;  // the original
  std::string to_number;    // the clue made from it
  int64_t actor_id = 0;
  std::string actor_name;
  int64_t at_ms = 0;
  std::string opinion;
};

// The content of one resulting clue.
struct ClueContent {
  std::vector<ReportedPerson> persons;  // for a merge: empty = union of the originals'
  std::string matter;
  DisciplineCategory category = DisciplineCategory::kIntegrity;
};

struct SplitResult {
  ProblemClue original;            // now in state split
  std::vector<ProblemClue> parts;  // new clues, in the order of the parts given
  std::vector<ClueLink> links;     // original → each part
};

struct MergeResult {
  std::vector<ProblemClue> originals;  // now in state merged, in the order given
  ProblemClue merged;                  // the new clue
  std::vector<ClueLink> links;         // each original → merged
};

Result<SplitResult> split_clue(const ProblemClue& original, const std::vector<ClueContent>& parts,
                               const ClueActor& actor, int64_t at_ms, const std::string& opinion,
                               const ClueConfig& cfg, ClueNumberAllocator& numbers);

Result<MergeResult> merge_clues(const std::vector<ProblemClue>& originals, const ClueContent& merged,
                                const ClueActor& actor, int64_t at_ms, const std::string& opinion,
                                const ClueConfig& cfg, ClueNumberAllocator& numbers);

}  // namespace qf::clues

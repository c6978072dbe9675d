#pragma once
// Integrity talks (廉政谈话) as stored records: who talked to whom, when, where, what
// was said and what follows, optionally tied to the problem clue whose first-form
// outcome the talk is. Participants carry their department and position ON THE TALK
// DATE (taken from the position history when the participant is staff), so a record
// stays true after later moves. Talks are never deleted: archive_talk() keeps the row
// with a reason, and archived talks are left out of lists and of the pending rule.
//
// Functions run inside the caller's connection/transaction and do not audit (the API
// does, with talk_summary() before/after). The summary and follow-up are sealed at rest
// (talk_seal.h): the functions that write or read them take the server key. Errors are bilingual and name the field
// (kind, talk_date, talker_name, participants[1].person_id, reason, …).
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/auth/server_key.h"
#include "domain/talks/talk_kind.h"
#include "store/database.h"

namespace qf::talks {

struct TalkParticipant {
  std::optional<int64_t> person_id;  // staff member, or empty for an outsider
  std::string name;
  std::optional<int64_t> department_id;  // on the talk date
  std::string department_name;           // filled by reads
  std::string position_name;             // on the talk date
};

struct IntegrityTalk {
  int64_t id = 0;
  TalkKind kind = TalkKind::kRoutine;
  std::string talk_date;  // 'YYYY-MM-DD'
  std::optional<int64_t> talker_person_id;
  std::string talker_name;
  std::string location;
  std::string summary;
  std::string follow_up;
  std::optional<int64_t> clue_id;
  std::vector<TalkParticipant> participants;
  std::optional<int64_t> created_by;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  std::optional<int64_t> archived_at;
  std::string archive_reason;
};

struct TalkInput {
  std::string kind;       // talk.kind code
  std::string talk_date;  // 'YYYY-MM-DD', not after `today`
  std::optional<int64_t> talker_person_id;
  std::string talker_name;  // filled from the talker's person record when empty
  std::string location;
  std::string summary;
  std::string follow_up;
  struct Participant {
    std::optional<int64_t> person_id;
    std::string name;  // filled from the person record when empty
  };
  std::vector<Participant> participants;  // at least one; a person at most once
  std::optional<int64_t> clue_id;
};

struct TalkQuery {
  std::optional<TalkKind> kind;
  std::string from;  // talk_date >= from ('' = no bound)
  std::string to;    // talk_date <= to
  std::optional<int64_t> person_id;      // a participant
  std::optional<int64_t> department_id;  // a participant's department on the talk date (sub-departments included)
  std::string q;  // substring of a participant's or the talker's name or the location (the summary is sealed)
  bool include_archived = false;
  int64_t limit = 20;  // <= 0: all (exports)
  int64_t offset = 0;
  // The reader's data scope (数据范围), part of the query: a talk is theirs to see when
  // they recorded it or one of its participants is in their scope (the participant's
  // department on the talk date, or the person's placement today: department, branch,
  // or the reader's own person). Unit-wide readers see all. Null: no scope (internal).
  const auth::Principal* reader = nullptr;
};

// Checks and completes the input (names from person records, participants' placement
// on the talk date). `today` is 'YYYY-MM-DD' (Beijing).
Result<int64_t> create_talk(store::Connection& conn, const auth::ServerKey& key, const TalkInput& in,
                            const std::string& today, std::optional<int64_t> created_by, int64_t now_ms);
// Replaces every field and the participants. An archived talk cannot be edited
// (kConflict talk.archived); a missing one is kNotFound.
Status update_talk(store::Connection& conn, const auth::ServerKey& key, int64_t id, const TalkInput& in,
                   const std::string& today, int64_t now_ms);
// Archives with a (required) reason; archiving twice is kConflict talk.archived.
Status archive_talk(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms);

Result<IntegrityTalk> get_talk(store::Connection& conn, const auth::ServerKey& key, int64_t id);
// get_talk for a reader: a talk outside their data scope answers exactly like a
// missing one (kNotFound talk.not_found).
Result<IntegrityTalk> get_talk(store::Connection& conn, const auth::ServerKey& key, const auth::Principal& reader,
                               int64_t id);
// Newest first (talk_date, then id); the page and the total count.
Result<std::pair<std::vector<IntegrityTalk>, int64_t>> list_talks(store::Connection& conn, const auth::ServerKey& key,
                                                                  const TalkQuery& q);

// One line describing the talk, for audit entries (before → after).
std::string talk_summary(const IntegrityTalk& t);

}  // namespace qf::talks

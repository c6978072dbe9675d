#pragma once
// The pending-talk rule (应谈未谈): a person promoted, transferred or appointed (a
// position event whose kind is in TalkConfig::event_kinds) on or after
// TalkConfig::pending_since owes a talk of one of TalkConfig::required_kinds within
// TalkConfig::required_within_days days after the event. The event is settled by a
// talk (not archived) of a required kind that lists the person as a participant
// (matched by person id, never by name) and is dated from the event day to the due
// day, both included:  effective_date <= talk_date <= due_on = effective_date + N.
// A talk on day N counts, one on day N+1 does not, nor does a talk held before the
// event, nor a talk of another kind. Every unsettled event is pending — overdue when
// today is after due_on — so one person may appear once per event. People who have
// left or are archived owe nothing. A person's FIRST position event is not a change of
// post but the entry into the records (入职/建档: every imported person has one, dated
// years back), so it never requires a talk; a later appoint (re-appointment after
// leaving) does.
//
// pending_talks() is the pure rule; load_pending_talks() feeds it from the store.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/talks/talk_config.h"
#include "store/database.h"

namespace qf::talks {

// A position event that may require a talk.
struct PositionChange {
  int64_t event_id = 0;
  int64_t person_id = 0;
  std::string name;
  std::string event_kind;      // appoint | promote | transfer | …
  std::string effective_date;  // 'YYYY-MM-DD'
  std::optional<int64_t> department_id;  // after the event
  std::string department_name;
  bool first_in_history = false;  // the person's earliest event (entry into the records)
};

// One person's presence at one talk.
struct TalkAttendance {
  int64_t person_id = 0;
  TalkKind kind = TalkKind::kRoutine;
  std::string talk_date;
};

struct PendingTalk {
  int64_t event_id = 0;
  int64_t person_id = 0;
  std::string name;
  std::optional<int64_t> department_id;
  std::string department_name;
  std::string event_kind;
  std::string effective_date;
  std::string due_on;  // effective_date + required_within_days
  bool overdue = false;  // today > due_on
};

// Unsettled events, most urgent first (due_on, then name, then event id). Changes of
// kinds not in cfg.event_kinds, or before cfg.pending_since, are ignored. `today` is
// 'YYYY-MM-DD'. Dates are assumed valid (they come from the store).
std::vector<PendingTalk> pending_talks(const std::vector<PositionChange>& changes,
                                       const std::vector<TalkAttendance>& attendances, const TalkConfig& cfg,
                                       const std::string& today);

// The rule over the stored position history and talks.
Result<std::vector<PendingTalk>> load_pending_talks(store::Connection& conn, const TalkConfig& cfg,
                                                    const std::string& today);

}  // namespace qf::talks

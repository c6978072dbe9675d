#pragma once
// Deadlines of a clue's stages (办理期限), computed with the working-day calendar, and
// their classification on a given day (overdue / due soon), for the overdue and
// due-soon lists and reminders.
//
// Stages and their rules (numbers from ClueConfig):
// - disposition (提出处置意见): start = received_on (or the day a held clue was
//   reopened); due = start + disposition_due_months (clamped to month end); met when a
//   disposition is proposed (a returned proposal re-opens the stage).
// - inquiry_reply (函询回复): start = the day the inquiry was sent; due = the
//   inquiry_reply_working_days-th working day after it; met when the reply is recorded.
// - verification (初步核实): start = the day 初步核实 was approved; due = start +
//   verification_days + extensions × verification_extension_days (calendar days); met
//   when the outcome is submitted.
// Month and calendar-day deadlines that fall on a day off move to the next working day
// when roll_deadline_to_working_day (default). Start days never count.
//
// Classification on `today`: met on or before due → met; met after due → met_late;
// not met and today > due → overdue (the due day itself is still in time); not met and
// at most due_soon_working_days working days remain (today excluded, due day included;
// so the due day itself is always "due soon") → due_soon; else open.
#include <optional>
#include <vector>

#include "core/calendar.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/problem_clue.h"

namespace qf::clues {

struct StageDeadline {
  DeadlineStage stage;
  Date start;
  Date due;
  std::optional<Date> met_on;
  DeadlineStatus status = DeadlineStatus::kOpen;
  // Working days from today to due (positive: left; negative: overdue by).
  int64_t working_days_left = 0;
};

Date disposition_due(Date start, const ClueConfig& cfg, const WorkingDayCalendar& cal);
Date inquiry_reply_due(Date sent_on, const ClueConfig& cfg, const WorkingDayCalendar& cal);
Date verification_due(Date start, int extensions, const ClueConfig& cfg, const WorkingDayCalendar& cal);

DeadlineStatus classify_deadline(Date due, std::optional<Date> met_on, Date today, const ClueConfig& cfg,
                                 const WorkingDayCalendar& cal);

// The deadlines that apply to `clue` (stages it has entered), classified on `today`.
// Clues that were split or merged before a disposition have no deadlines left.
std::vector<StageDeadline> clue_deadlines(const ProblemClue& clue, const ClueConfig& cfg,
                                          const WorkingDayCalendar& cal, Date today);

// The most urgent open status of the clue on `today`: overdue, else due_soon, else open
// (met stages ignored); nullopt when nothing is running.
std::optional<DeadlineStatus> clue_urgency(const ProblemClue& clue, const ClueConfig& cfg,
                                           const WorkingDayCalendar& cal, Date today);

// The earliest due day of the clue's running (unmet) deadlines; nullopt when none runs.
// The clue's urgency on any day is the classification of this one date (a later due
// day is never more urgent), which is why the register stores it (next_due_date).
std::optional<Date> next_due_date(const ProblemClue& clue, const ClueConfig& cfg, const WorkingDayCalendar& cal);

// On `today`, a running deadline due on d is due soon exactly when
// today <= d < due_soon_end(today): the day of the (due_soon_working_days + 1)-th
// working day after today (classify_deadline's rule, as a date range for SQL).
Date due_soon_end(Date today, const ClueConfig& cfg, const WorkingDayCalendar& cal);

}  // namespace qf::clues

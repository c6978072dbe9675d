#include "domain/clues/clue_deadlines.h"

namespace qf::clues {

namespace {

Date rolled(Date d, const ClueConfig& cfg, const WorkingDayCalendar& cal) {
  return cfg.roll_deadline_to_working_day ? cal.roll_to_working_day(d) : d;
}

StageDeadline make(DeadlineStage stage, Date start, Date due, std::optional<Date> met_on, Date today,
                   const ClueConfig& cfg, const WorkingDayCalendar& cal) {
  StageDeadline s{stage, start, due, met_on, classify_deadline(due, met_on, today, cfg, cal), 0};
  s.working_days_left = cal.working_days_between(today, due);
  return s;
}

}  // namespace

Date disposition_due(Date start, const ClueConfig& cfg, const WorkingDayCalendar& cal) {
  return rolled(start.add_months(cfg.disposition_due_months), cfg, cal);
}

Date inquiry_reply_due(Date sent_on, const ClueConfig& cfg, const WorkingDayCalendar& cal) {
  return cal.add_working_days(sent_on, cfg.inquiry_reply_working_days);
}

Date verification_due(Date start, int extensions, const ClueConfig& cfg, const WorkingDayCalendar& cal) {
  int64_t days = cfg.verification_days + int64_t{extensions} * cfg.verification_extension_days;
  return rolled(start.add_days(days), cfg, cal);
}

DeadlineStatus classify_deadline(Date due, std::optional<Date> met_on, Date today, const ClueConfig& cfg,
                                 const WorkingDayCalendar& cal) {
  if (met_on) return *met_on <= due ? DeadlineStatus::kMet : DeadlineStatus::kMetLate;
  if (today > due) return DeadlineStatus::kOverdue;
  if (cal.working_days_between(today, due) <= cfg.due_soon_working_days) return DeadlineStatus::kDueSoon;
  return DeadlineStatus::kOpen;
}

std::vector<StageDeadline> clue_deadlines(const ProblemClue& c, const ClueConfig& cfg, const WorkingDayCalendar& cal,
                                          Date today) {
  std::vector<StageDeadline> out;
  bool superseded = c.state == ClueState::kSplit || c.state == ClueState::kMerged;
  // A clue closed by 予以了结 has met the stage by its proposal; a clue split or merged
  // before any proposal hands its deadline to the clues that replaced it.
  if (c.disposition_proposed_on || !superseded) {
    out.push_back(make(DeadlineStage::kDisposition, c.disposition_stage_start,
                       disposition_due(c.disposition_stage_start, cfg, cal), c.disposition_proposed_on, today, cfg,
                       cal));
  }
  if (c.inquiry_sent_on) {
    out.push_back(make(DeadlineStage::kInquiryReply, *c.inquiry_sent_on, inquiry_reply_due(*c.inquiry_sent_on, cfg, cal),
                       c.inquiry_replied_on, today, cfg, cal));
  }
  if (c.verification_started_on) {
    std::optional<Date> met;
    if (c.outcome_submitted_on && *c.outcome_submitted_on >= *c.verification_started_on) met = c.outcome_submitted_on;
    out.push_back(make(DeadlineStage::kVerification, *c.verification_started_on,
                       verification_due(*c.verification_started_on, c.verification_extensions, cfg, cal), met, today,
                       cfg, cal));
  }
  return out;
}

std::optional<DeadlineStatus> clue_urgency(const ProblemClue& clue, const ClueConfig& cfg,
                                           const WorkingDayCalendar& cal, Date today) {
  std::optional<DeadlineStatus> worst;
  for (const StageDeadline& d : clue_deadlines(clue, cfg, cal, today)) {
    if (d.status == DeadlineStatus::kMet || d.status == DeadlineStatus::kMetLate) continue;
    if (d.status == DeadlineStatus::kOverdue) return d.status;
    if (!worst || d.status == DeadlineStatus::kDueSoon) worst = d.status;
  }
  return worst;
}

std::optional<Date> next_due_date(const ProblemClue& clue, const ClueConfig& cfg, const WorkingDayCalendar& cal) {
  std::optional<Date> best;
  // The day given only classifies; due days do not depend on it.
  for (const StageDeadline& d : clue_deadlines(clue, cfg, cal, clue.received_on)) {
    if (d.met_on) continue;
    if (!best || d.due < *best) best = d.due;
  }
  return best;
}

Date due_soon_end(Date today, const ClueConfig& cfg, const WorkingDayCalendar& cal) {
  return cal.add_working_days(today, cfg.due_soon_working_days + 1);
}

}  // namespace qf::clues

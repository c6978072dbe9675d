#pragma once
// Supervision statistics (监督执纪统计): aggregate counts of problem clues, dispositions,
// outcomes under the four forms, deadline overdue rates and integrity talks, for one
// year split into period slots, with the previous year for comparison and a breakdown
// by the department of the persons reported on. AGGREGATES ONLY: nothing here names a
// clue; the API serves it to clue.stats holders (discipline secretary, Party
// secretary), who may not see individual clues.
//
// What each table counts, and which date places it in a year and a slot:
//   source / category           clues RECEIVED in the year (received_on), except clues
//                               superseded by a split or merge (their successors
//                               carry them, so nothing is counted twice)
//   state                       every clue received in the year, by its state now
//   disposition                 clues whose disposition in force was APPROVED in the
//                               year (disposition_approved_on), by that disposition
//   form / measure              approved outcome measures DECIDED in the year (人次:
//                               one per person and measure), decided_on
//   conclusion                  clues CLOSED in the year with an outcome (closed_on)
//   overdue rates               stage deadlines STARTED in the year: overdue = not met
//                               and past due today, or met late; rate = overdue / all
//   talks                       talks (not archived) HELD in the year, by kind; people
//                               = participants (人次)
//   departments                 clues received in the year (not superseded), once per department of
//                               their reported persons (persons outside the
//                               organisation count under "no department")
// Periods: year (1 slot), half (2), quarter (4), month (12). A department filter keeps
// the clues with a reported person in the department's subtree (and their measures
// and deadlines) and the talks with a participant in it.
//
// compute_stats() is pure (facts in, tables out); load_stats_facts() (stats_store.h)
// reads the facts from the store.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/result.h"
#include "domain/clues/clue_enums.h"
#include "domain/talks/talk_kind.h"

namespace qf::supervision_stats {

enum class Period { kYear, kHalf, kQuarter, kMonth };
std::optional<Period> period_from_code(std::string_view code);  // year | half | quarter | month
std::string_view period_code(Period p);
int slot_count(Period p);
int slot_of(Period p, Date d);  // 0-based slot of the day in its year
// Labels of the slots, e.g. "2026年第1季度" / "2026 Q1".
std::vector<std::string> slot_labels_zh(Period p, int year);
std::vector<std::string> slot_labels_en(Period p, int year);

// ---- facts ------------------------------------------------------------------------

struct ClueFact {
  int64_t id = 0;
  Date received_on;
  clues::ClueSource source = clues::ClueSource::kPetition;
  clues::DisciplineCategory category = clues::DisciplineCategory::kIntegrity;
  clues::ClueState state = clues::ClueState::kRegistered;
  std::optional<clues::Disposition> disposition;  // in force
  std::optional<Date> disposition_approved_on;
  std::optional<clues::OutcomeConclusion> conclusion;  // only counted when closed
  std::optional<Date> closed_on;
  std::vector<std::optional<int64_t>> departments;  // of the reported persons
};

struct MeasureFact {
  int64_t clue_id = 0;
  clues::FormMeasure measure = clues::FormMeasure::kReminderTalk;
  Date decided_on;
};

struct DeadlineFact {
  int64_t clue_id = 0;
  clues::DeadlineStage stage = clues::DeadlineStage::kDisposition;
  Date start;
  clues::DeadlineStatus status = clues::DeadlineStatus::kOpen;  // classified on today
};

struct TalkFact {
  talks::TalkKind kind = talks::TalkKind::kRoutine;
  Date talk_date;
  int64_t participants = 0;
  std::vector<std::optional<int64_t>> departments;  // of the participants on the talk date
};

struct StatsFacts {
  std::vector<ClueFact> clues;
  std::vector<MeasureFact> measures;
  std::vector<DeadlineFact> deadlines;
  std::vector<TalkFact> talks;
  std::map<int64_t, std::string> department_names;
};

// ---- tables -----------------------------------------------------------------------

struct StatsRow {
  std::string key;     // source | category | disposition | state | form | measure | conclusion | talk | department
  std::string code;    // dictionary code (department: its id; "" = no department)
  std::string label_zh;
  std::string label_en;
  std::string parent;  // measures: their form code
  std::vector<int64_t> values;  // one per slot
  int64_t total = 0;
  int64_t previous_total = 0;
  int64_t change() const { return total - previous_total; }
  int64_t people = 0;           // talks: participants (人次) in the year
  int64_t previous_people = 0;
};

struct OverdueRate {
  clues::DeadlineStage stage = clues::DeadlineStage::kDisposition;
  int64_t with_deadline = 0;
  int64_t overdue = 0;  // overdue now or met late
  int64_t previous_with_deadline = 0;
  int64_t previous_overdue = 0;
  // overdue / with_deadline, nullopt when there is none
  std::optional<double> rate() const;
  std::optional<double> previous_rate() const;
};

struct SupervisionStats {
  int year = 0;
  Period period = Period::kYear;
  std::optional<int64_t> department_id;
  std::vector<StatsRow> rows;  // source, category, disposition, state, form, measure, conclusion (dictionary order)
  std::vector<OverdueRate> overdue_rates;  // one per stage
  std::vector<StatsRow> talks;             // one per talk kind
  std::vector<StatsRow> departments;       // with any count this or last year; busiest first
  int64_t clues_received = 0;
  int64_t previous_clues_received = 0;
};

// `department_filter`: the department's subtree (empty = no filter).
SupervisionStats compute_stats(const StatsFacts& facts, int year, Period period,
                               const std::set<int64_t>& department_filter = {},
                               std::optional<int64_t> department_id = std::nullopt);

}  // namespace qf::supervision_stats

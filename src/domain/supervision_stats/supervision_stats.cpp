// Supervision statistics: see supervision_stats.h.
#include "domain/supervision_stats/supervision_stats.h"

#include <algorithm>

namespace qf::supervision_stats {

std::optional<Period> period_from_code(std::string_view code) {
  if (code == "year") return Period::kYear;
  if (code == "half") return Period::kHalf;
  if (code == "quarter") return Period::kQuarter;
  if (code == "month") return Period::kMonth;
  return std::nullopt;
}

std::string_view period_code(Period p) {
  switch (p) {
    case Period::kYear: return "year";
    case Period::kHalf: return "half";
    case Period::kQuarter: return "quarter";
    case Period::kMonth: return "month";
  }
  return "year";
}

int slot_count(Period p) {
  switch (p) {
    case Period::kYear: return 1;
    case Period::kHalf: return 2;
    case Period::kQuarter: return 4;
    case Period::kMonth: return 12;
  }
  return 1;
}

int slot_of(Period p, Date d) {
  int m = static_cast<int>(d.month()) - 1;  // 0..11
  return m * slot_count(p) / 12;
}

std::vector<std::string> slot_labels_zh(Period p, int year) {
  std::string y = std::to_string(year) + "年";
  switch (p) {
    case Period::kYear: return {y};
    case Period::kHalf: return {y + "上半年", y + "下半年"};
    case Period::kQuarter: return {y + "第1季度", y + "第2季度", y + "第3季度", y + "第4季度"};
    case Period::kMonth: {
      std::vector<std::string> out;
      for (int m = 1; m <= 12; ++m) out.push_back(y + std::to_string(m) + "月");
      return out;
    }
  }
  return {y};
}

std::vector<std::string> slot_labels_en(Period p, int year) {
  std::string y = std::to_string(year);
  switch (p) {
    case Period::kYear: return {y};
    case Period::kHalf: return {y + " H1", y + " H2"};
    case Period::kQuarter: return {y + " Q1", y + " Q2", y + " Q3", y + " Q4"};
    case Period::kMonth: {
      static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
      std::vector<std::string> out;
      for (const char* m : kMonths) out.push_back(std::string(m) + " " + y);
      return out;
    }
  }
  return {y};
}

std::optional<double> OverdueRate::rate() const {
  if (with_deadline == 0) return std::nullopt;
  return static_cast<double>(overdue) / static_cast<double>(with_deadline);
}
std::optional<double> OverdueRate::previous_rate() const {
  if (previous_with_deadline == 0) return std::nullopt;
  return static_cast<double>(previous_overdue) / static_cast<double>(previous_with_deadline);
}

namespace {

// A table of rows keyed by code, filled by count().
class Table {
 public:
  Table(int year, Period period) : year_(year), period_(period) {}

  template <class E>
  void add_dictionary(const std::string& key) {
    for (const auto& l : clues::enum_labels<E>()) {
      StatsRow r;
      r.key = key;
      r.code = std::string(l.code);
      r.label_zh = std::string(l.zh);
      r.label_en = std::string(l.en);
      add(std::move(r));
    }
  }
  void add(StatsRow r) {
    r.values.assign(static_cast<size_t>(slot_count(period_)), 0);
    index_[r.key + "\x1f" + r.code] = rows_.size();
    rows_.push_back(std::move(r));
  }
  bool has(const std::string& key, const std::string& code) const { return index_.count(key + "\x1f" + code) > 0; }
  // Counts `n` for the row on day `d` when d is in this year or the previous one.
  void count(const std::string& key, const std::string& code, Date d, int64_t n = 1, int64_t people = 0) {
    auto it = index_.find(key + "\x1f" + code);
    if (it == index_.end()) return;
    StatsRow& r = rows_[it->second];
    if (d.year() == year_) {
      r.values[static_cast<size_t>(slot_of(period_, d))] += n;
      r.total += n;
      r.people += people;
    } else if (d.year() == year_ - 1) {
      r.previous_total += n;
      r.previous_people += people;
    }
  }
  std::vector<StatsRow>& rows() { return rows_; }

 private:
  int year_;
  Period period_;
  std::vector<StatsRow> rows_;
  std::map<std::string, size_t> index_;
};

bool in_filter(const std::vector<std::optional<int64_t>>& departments, const std::set<int64_t>& filter) {
  if (filter.empty()) return true;
  for (const auto& d : departments)
    if (d && filter.count(*d)) return true;
  return false;
}

}  // namespace

SupervisionStats compute_stats(const StatsFacts& facts, int year, Period period,
                               const std::set<int64_t>& department_filter, std::optional<int64_t> department_id) {
  SupervisionStats s;
  s.year = year;
  s.period = period;
  s.department_id = department_id;

  std::set<int64_t> kept;  // clues passing the department filter
  for (const auto& c : facts.clues)
    if (in_filter(c.departments, department_filter)) kept.insert(c.id);

  Table t(year, period);
  t.add_dictionary<clues::ClueSource>("source");
  t.add_dictionary<clues::DisciplineCategory>("category");
  t.add_dictionary<clues::Disposition>("disposition");
  t.add_dictionary<clues::ClueState>("state");
  t.add_dictionary<clues::DisciplineForm>("form");
  for (const auto& l : clues::enum_labels<clues::FormMeasure>()) {
    StatsRow r;
    r.key = "measure";
    r.code = std::string(l.code);
    r.label_zh = std::string(l.zh);
    r.label_en = std::string(l.en);
    r.parent = std::string(clues::code_of(clues::form_of(l.value)));
    t.add(std::move(r));
  }
  t.add_dictionary<clues::OutcomeConclusion>("conclusion");

  Table depts(year, period);
  StatsRow none;
  none.key = "department";
  none.label_zh = "非本单位人员或未关联部门";
  none.label_en = "Outside the organisation / no department";
  depts.add(none);

  for (const auto& c : facts.clues) {
    if (!kept.count(c.id)) continue;
    t.count("state", std::string(clues::code_of(c.state)), c.received_on);
    // A split or merged clue lives on in the clues made from it: counted once, there.
    if (c.state == clues::ClueState::kSplit || c.state == clues::ClueState::kMerged) continue;
    if (c.received_on.year() == year) ++s.clues_received;
    if (c.received_on.year() == year - 1) ++s.previous_clues_received;
    t.count("source", std::string(clues::code_of(c.source)), c.received_on);
    t.count("category", std::string(clues::code_of(c.category)), c.received_on);
    if (c.disposition && c.disposition_approved_on)
      t.count("disposition", std::string(clues::code_of(*c.disposition)), *c.disposition_approved_on);
    if (c.state == clues::ClueState::kClosed && c.conclusion && c.closed_on)
      t.count("conclusion", std::string(clues::code_of(*c.conclusion)), *c.closed_on);
    std::set<std::string> seen;
    for (const auto& d : c.departments) {
      std::string code = d ? std::to_string(*d) : std::string();
      if (!seen.insert(code).second) continue;
      if (!depts.has("department", code)) {
        StatsRow r;
        r.key = "department";
        r.code = code;
        auto name = facts.department_names.find(*d);
        r.label_zh = name != facts.department_names.end() ? name->second : "部门 " + code;
        r.label_en = r.label_zh;
        depts.add(std::move(r));
      }
      depts.count("department", code, c.received_on);
    }
  }
  for (const auto& m : facts.measures) {
    if (!kept.count(m.clue_id)) continue;
    t.count("form", std::string(clues::code_of(clues::form_of(m.measure))), m.decided_on);
    t.count("measure", std::string(clues::code_of(m.measure)), m.decided_on);
  }
  s.rows = std::move(t.rows());

  for (const auto& l : clues::enum_labels<clues::DeadlineStage>()) {
    OverdueRate r;
    r.stage = l.value;
    for (const auto& d : facts.deadlines) {
      if (d.stage != l.value || !kept.count(d.clue_id)) continue;
      bool late = d.status == clues::DeadlineStatus::kOverdue || d.status == clues::DeadlineStatus::kMetLate;
      if (d.start.year() == year) {
        ++r.with_deadline;
        r.overdue += late ? 1 : 0;
      } else if (d.start.year() == year - 1) {
        ++r.previous_with_deadline;
        r.previous_overdue += late ? 1 : 0;
      }
    }
    s.overdue_rates.push_back(r);
  }

  Table talks_table(year, period);
  for (const auto& l : talks::talk_kinds()) {
    StatsRow r;
    r.key = "talk";
    r.code = std::string(l.code);
    r.label_zh = std::string(l.zh);
    r.label_en = std::string(l.en);
    talks_table.add(std::move(r));
  }
  for (const auto& tk : facts.talks) {
    if (!in_filter(tk.departments, department_filter)) continue;
    talks_table.count("talk", std::string(talks::code_of(tk.kind)), tk.talk_date, 1, tk.participants);
  }
  s.talks = std::move(talks_table.rows());

  for (auto& r : depts.rows()) {
    if (r.total == 0 && r.previous_total == 0) continue;
    if (!department_filter.empty() && !r.code.empty() && !department_filter.count(std::stoll(r.code))) continue;
    s.departments.push_back(std::move(r));
  }
  std::stable_sort(s.departments.begin(), s.departments.end(), [](const StatsRow& a, const StatsRow& b) {
    if (a.code.empty() != b.code.empty()) return b.code.empty();  // "no department" last
    if (a.total != b.total) return a.total > b.total;
    return a.previous_total > b.previous_total;
  });
  return s;
}

}  // namespace qf::supervision_stats

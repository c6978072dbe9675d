// Statistics facts from the store: see stats_store.h.
#include "domain/supervision_stats/stats_store.h"

#include "domain/clues/clue_deadlines.h"
#include "domain/clues/clue_store.h"

namespace qf::supervision_stats {
namespace {

std::optional<Date> opt_date(const store::Row& r, std::string_view column) {
  if (r.is_null(column)) return std::nullopt;
  auto d = Date::parse(r.text(column));
  if (!d.ok()) return std::nullopt;
  return *d;
}

}  // namespace

Result<StatsFacts> load_stats_facts(store::Connection& conn, const clues::ClueConfig& cfg, Date today) {
  StatsFacts f;
  QF_TRY(auto names, conn.query(store::sql(conn, "supervision_stats/department_names")));
  for (const auto& r : names) f.department_names[r.i64("id")] = r.text("name");

  QF_TRY(auto clue_rows, conn.query(store::sql(conn, "supervision_stats/clues")));
  std::map<int64_t, size_t> clue_index;
  std::vector<int64_t> ids;
  for (const auto& r : clue_rows) {
    auto received = opt_date(r, "received_date");
    auto source = clues::enum_from_code<clues::ClueSource>(r.text("source"));
    auto category = clues::enum_from_code<clues::DisciplineCategory>(r.text("category"));
    auto state = clues::enum_from_code<clues::ClueState>(r.text("state"));
    if (!received || !source || !category || !state) continue;  // unreadable rows are not counted
    ClueFact c;
    c.id = r.i64("id");
    c.received_on = *received;
    c.source = *source;
    c.category = *category;
    c.state = *state;
    if (!r.is_null("disposition")) c.disposition = clues::enum_from_code<clues::Disposition>(r.text("disposition"));
    c.disposition_approved_on = opt_date(r, "disposition_approved_date");
    if (!r.is_null("outcome_conclusion"))
      c.conclusion = clues::enum_from_code<clues::OutcomeConclusion>(r.text("outcome_conclusion"));
    c.closed_on = opt_date(r, "closed_date");
    clue_index[c.id] = f.clues.size();
    ids.push_back(c.id);
    f.clues.push_back(std::move(c));
  }
  QF_TRY(auto persons, conn.query(store::sql(conn, "supervision_stats/clue_departments")));
  for (const auto& r : persons) {
    auto it = clue_index.find(r.i64("clue_id"));
    if (it != clue_index.end()) f.clues[it->second].departments.push_back(r.opt_i64("department_id"));
  }
  QF_TRY(auto measures, conn.query(store::sql(conn, "supervision_stats/measures")));
  for (const auto& r : measures) {
    auto m = clues::enum_from_code<clues::FormMeasure>(r.text("measure"));
    auto d = opt_date(r, "decided_on");
    if (!m || !d) continue;
    f.measures.push_back({r.i64("clue_id"), *m, *d});
  }

  if (!ids.empty()) {
    QF_TRY(auto cal, clues::load_calendar(conn));
    QF_TRY(auto stored, clues::load_clues(conn, ids, true));
    for (const auto& s : stored) {
      for (const auto& d : clues::clue_deadlines(s.clue, cfg, cal, today)) {
        f.deadlines.push_back({s.clue.id, d.stage, d.start, d.status});
      }
    }
  }

  QF_TRY(auto talk_rows, conn.query(store::sql(conn, "supervision_stats/talks")));
  std::map<int64_t, size_t> talk_index;
  for (const auto& r : talk_rows) {
    auto kind = talks::talk_kind_from_code(r.text("kind"));
    auto d = opt_date(r, "talk_date");
    if (!kind || !d) continue;
    TalkFact t;
    t.kind = *kind;
    t.talk_date = *d;
    talk_index[r.i64("id")] = f.talks.size();
    f.talks.push_back(std::move(t));
  }
  QF_TRY(auto parts, conn.query(store::sql(conn, "supervision_stats/talk_departments")));
  for (const auto& r : parts) {
    auto it = talk_index.find(r.i64("talk_id"));
    if (it == talk_index.end()) continue;
    ++f.talks[it->second].participants;
    f.talks[it->second].departments.push_back(r.opt_i64("department_id"));
  }
  return f;
}

}  // namespace qf::supervision_stats

// The pending-talk rule: see pending_talks.h.
#include "domain/talks/pending_talks.h"

#include <algorithm>
#include <map>

#include "core/calendar.h"
#include "domain/org/data_scope.h"

namespace qf::talks {

std::vector<PendingTalk> pending_talks(const std::vector<PositionChange>& changes,
                                       const std::vector<TalkAttendance>& attendances, const TalkConfig& cfg,
                                       const std::string& today) {
  std::multimap<int64_t, const TalkAttendance*> by_person;
  for (const auto& a : attendances) {
    if (std::find(cfg.required_kinds.begin(), cfg.required_kinds.end(), a.kind) != cfg.required_kinds.end())
      by_person.emplace(a.person_id, &a);
  }
  std::vector<PendingTalk> out;
  for (const auto& c : changes) {
    if (c.first_in_history) continue;
    if (std::find(cfg.event_kinds.begin(), cfg.event_kinds.end(), c.event_kind) == cfg.event_kinds.end()) continue;
    if (!cfg.pending_since.empty() && c.effective_date < cfg.pending_since) continue;
    auto effective = Date::parse(c.effective_date);
    if (!effective.ok()) continue;
    std::string due = effective->add_days(cfg.required_within_days).to_string();
    bool settled = false;
    auto [lo, hi] = by_person.equal_range(c.person_id);
    for (auto it = lo; it != hi && !settled; ++it) {
      const std::string& d = it->second->talk_date;
      settled = d >= c.effective_date && d <= due;
    }
    if (settled) continue;
    PendingTalk p;
    p.event_id = c.event_id;
    p.person_id = c.person_id;
    p.name = c.name;
    p.department_id = c.department_id;
    p.department_name = c.department_name;
    p.event_kind = c.event_kind;
    p.effective_date = c.effective_date;
    p.due_on = due;
    p.overdue = today > due;
    out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(), [](const PendingTalk& a, const PendingTalk& b) {
    if (a.due_on != b.due_on) return a.due_on < b.due_on;
    if (a.name != b.name) return a.name < b.name;
    return a.event_id < b.event_id;
  });
  return out;
}

Result<std::vector<PendingTalk>> load_pending_talks(store::Connection& conn, const TalkConfig& cfg,
                                                    const std::string& today) {
  if (cfg.event_kinds.empty()) return std::vector<PendingTalk>{};
  std::string kinds;
  store::Params params;
  for (const auto& k : cfg.event_kinds) {
    kinds += kinds.empty() ? "?" : ",?";
    params.emplace_back(k);
  }
  const std::string since = cfg.pending_since.empty() ? std::string("0000-00-00") : cfg.pending_since;
  params.emplace_back(since);
  QF_TRY(auto events, conn.query(org::splice(store::sql(conn, "talks/pending_events"), "/*KINDS*/", kinds), params));
  std::vector<PositionChange> changes;
  changes.reserve(events.size());
  for (const auto& r : events) {
    PositionChange c;
    c.event_id = r.i64("id");
    c.person_id = r.i64("person_id");
    c.name = r.text("name");
    c.event_kind = r.text("kind");
    c.effective_date = r.text("effective_date");
    c.department_id = r.opt_i64("department_id");
    c.department_name = r.text("department_name");
    c.first_in_history = r.i64("earlier_events") == 0;
    changes.push_back(std::move(c));
  }
  QF_TRY(auto rows, conn.query(store::sql(conn, "talks/participations_since"), {since}));
  std::vector<TalkAttendance> attendances;
  attendances.reserve(rows.size());
  for (const auto& r : rows) {
    auto kind = talk_kind_from_code(r.text("kind"));
    if (!kind) continue;
    attendances.push_back({r.i64("person_id"), *kind, r.text("talk_date")});
  }
  return pending_talks(changes, attendances, cfg, today);
}

}  // namespace qf::talks

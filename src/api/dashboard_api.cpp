// The role dashboard (工作台): GET /api/v1/dashboard → cards (figures with a link to
// the list behind them) and pending items, for what the caller's roles and data scope
// reach. The organisation figures are here; later modules add their cards to
// dashboard_cards() below.
#include <fmt/format.h>

#include <memory>

#include "api/api.h"
#include "domain/auth/permissions.h"
#include "domain/calendar/calendar_config.h"
#include "domain/calendar/calendar_messages.h"
#include "domain/calendar/calendar_store.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/clue_store.h"
#include "domain/org/org_codes.h"
#include "domain/org/people.h"
#include "domain/org/structure.h"

namespace qf::api {
namespace {

json card(const std::string& key, const std::string& zh, const std::string& en, int64_t value, const std::string& unit,
          const std::string& link) {
  return json{{"key", key}, {"title_zh", zh}, {"title_en", en}, {"value", value}, {"unit", unit}, {"link", link}};
}

Result<int64_t> count_people(store::Connection& conn, const auth::Principal& who, org::PeopleQuery q) {
  q.limit = 1;
  QF_TRY(auto r, org::search_people(conn, who, q));
  return r.second;
}

Status org_cards(store::Connection& conn, const Call& c, json* cards, json* pending, json* extra) {
  const auth::Principal& who = c.who();
  if (!who.can(auth::perm::kOrgRead) || who.is_admin()) return {};
  org::PeopleQuery all;
  QF_TRY(int64_t people, count_people(conn, who, all));
  cards->push_back(card("org.people", "在职人员", "Active people", people, "人", "/org/people"));
  org::PeopleQuery party;
  party.party_member = true;
  QF_TRY(int64_t members, count_people(conn, who, party));
  cards->push_back(card("org.party_members", "党员", "Party members", members, "人", "/org/people?party_member=true"));
  org::PeopleQuery cadres;
  cadres.leading_cadre = true;
  QF_TRY(int64_t leading, count_people(conn, who, cadres));
  cards->push_back(card("org.leading_cadres", "领导干部", "Leading cadres", leading, "人", "/org/people?leading_cadre=true"));

  // Promotions and transfers of the last 90 days: integrity talks (廉政谈话) are due.
  std::string since = org::beijing_date(c.now_ms() - 90LL * 24 * 3600 * 1000);
  QF_TRY(int64_t promoted, org::count_events_since(conn, who, std::string(org::kPromote), since));
  QF_TRY(int64_t moved, org::count_events_since(conn, who, std::string(org::kTransfer), since));
  pending->push_back(json{{"key", "org.recent_promotions"},
                          {"title_zh", "近90天新提拔人员（应开展任前廉政谈话）"},
                          {"title_en", "Promoted in the last 90 days (integrity talks due)"},
                          {"count", promoted},
                          {"link", "/org/people"}});
  pending->push_back(json{{"key", "org.recent_transfers"},
                          {"title_zh", "近90天调整岗位人员"},
                          {"title_en", "Transferred in the last 90 days"},
                          {"count", moved},
                          {"link", "/org/people"}});

  // People per department (top-level departments, sub-departments included) for the chart.
  QF_TRY(auto depts, org::list_departments(conn, false));
  json chart = json::array();
  for (const auto& d : depts) {
    if (d.parent_id) continue;
    int64_t n = 0;
    for (int64_t id : org::subtree_ids(depts, d.id)) {
      for (const auto& x : depts) if (x.id == id && (who.unit_wide || who.department_ids.count(id))) n += x.people_count;
    }
    if (n > 0 || who.unit_wide) chart.push_back({{"department_id", d.id}, {"name", d.name}, {"count", n}});
  }
  (*extra)["people_by_department"] = std::move(chart);
  return {};
}

// Problem-clue reminders for clue.handle holders: counts of the clues VISIBLE to them
// (need-to-know) that are overdue / due soon. Absent for everyone else.
// The [clues] settings are parsed once, when the routes are registered (a bad section
// has already stopped `serve` in the clue module), not on every dashboard request.
Status clue_reminders(store::Connection& conn, const Call& c, const Result<clues::ClueConfig>& cfg, json* extra) {
  if (!c.who().can(auth::perm::kClueHandle)) return {};
  if (!cfg.ok()) return cfg.error();
  QF_TRY(WorkingDayCalendar cal, clues::load_calendar(conn));
  QF_TRY(clues::ClueReminders r, clues::count_reminders(conn, c.who(), clues::DueRules{*cfg, cal},
                                                        Date::from_unix_ms(c.now_ms(), cfg->utc_offset_minutes)));
  (*extra)["clue_reminders"] = json{{"overdue", r.overdue}, {"due_soon", r.due_soon}};
  return {};
}

// The calendar maintainer (calendar.manage) is reminded of a year with no calendar row:
// the current one (deadlines are being counted Monday–Friday only) and, from the
// configured month, the next one (calendar_config.h).
Status calendar_reminders(store::Connection& conn, const Call& c, const Result<calendar_store::CalendarConfig>& cfg,
                          json* pending) {
  if (!c.who().can(auth::perm::kCalendarManage)) return {};
  if (!cfg.ok()) return cfg.error();
  QF_TRY(std::vector<int> years, calendar_store::years(conn));
  for (const auto& m : calendar_store::missing_years(years, Date::from_unix_ms(c.now_ms()), *cfg)) {
    const calendar_store::MissingYearText text = calendar_store::missing_year_text(m);
    pending->push_back(json{{"key", m.current ? "calendar.year_missing" : "calendar.next_year_missing"},
                            {"title_zh", text.zh},
                            {"title_en", text.en},
                            {"count", 1},
                            {"year", m.year},
                            {"link", fmt::format("/system/calendar?year={}", m.year)}});
  }
  return {};
}

void register_dashboard(Routes& routes, AppContext& app) {
  auto calendar_section = app.config.module_section("calendar");
  auto calendar_cfg = std::make_shared<Result<calendar_store::CalendarConfig>>(
      calendar_store::CalendarConfig::from_toml(calendar_section.toml, calendar_section.source));
  auto clue_section = app.config.module_section("clues");
  auto clue_cfg = std::make_shared<Result<clues::ClueConfig>>(
      clues::ClueConfig::from_toml(clue_section.toml, clue_section.source));
  routes.get("/dashboard",
             RouteSpec{"工作台", "Dashboard", std::string(auth::perm::kDashboardRead), "", "",
                       R"({"data":{"cards":[{"key":"org.people","title_zh":"在职人员","title_en":"Active people","value":300,"unit":"人","link":"/org/people"}],"pending":[]}})"},
             [clue_cfg, calendar_cfg](Call& c) -> Result<json> {
               json cards = json::array();
               json pending = json::array();
               json extra = json::object();
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY_STATUS(org_cards(lease.get(), c, &cards, &pending, &extra));
               QF_TRY_STATUS(clue_reminders(lease.get(), c, *clue_cfg, &extra));
               QF_TRY_STATUS(calendar_reminders(lease.get(), c, *calendar_cfg, &pending));
               json out{{"cards", std::move(cards)}, {"pending", std::move(pending)}};
               for (auto& [k, v] : extra.items()) out[k] = v;
               return out;
             });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_dashboard);

// The role dashboard (工作台): GET /api/v1/dashboard → cards (figures with a link to
// the list behind them) and pending items, for what the caller's roles and data scope
// reach. The organisation figures are here; every other module adds its own through
// AppContext::dashboard when it registers its routes.
#include <fmt/format.h>

#include <memory>

#include "api/api.h"
#include "domain/auth/permissions.h"
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

void register_dashboard(Routes& routes, AppContext& app) {
  // The organisation's figures come first; every module adds its own when its routes are
  // registered (AppContext::dashboard), so this file does not grow per module.
  app.dashboard.insert(app.dashboard.begin(), [](store::Connection& conn, const Call& c, DashboardParts& parts) {
    return org_cards(conn, c, &parts.cards, &parts.pending, &parts.extra);
  });
  routes.get("/dashboard",
             RouteSpec{"工作台", "Dashboard", std::string(auth::perm::kDashboardRead), "", "",
                       R"({"data":{"cards":[{"key":"org.people","title_zh":"在职人员","title_en":"Active people","value":300,"unit":"人","link":"/org/people"}],"pending":[]}})"},
             [](Call& c) -> Result<json> {
               DashboardParts parts;
               QF_TRY(auto lease, c.app.db->acquire());
               for (const auto& contribute : c.app.dashboard) QF_TRY_STATUS(contribute(lease.get(), c, parts));
               json out{{"cards", std::move(parts.cards)}, {"pending", std::move(parts.pending)}};
               for (auto& [k, v] : parts.extra.items()) out[k] = v;
               return out;
             });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_dashboard);

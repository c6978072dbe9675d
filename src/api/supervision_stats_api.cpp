// Supervision statistics (/api/v1/supervision/stats and …/export, clue.stats): counts
// of clues by source, category, approved disposition, state, form and measure of the
// outcomes and conclusion, per period slot of a year with the previous year and the
// change, overdue rates per deadline stage, talks by kind, and clues by department of
// the persons reported on. Aggregates only — never a clue (domain/supervision_stats).
#include <fmt/format.h>


#include "api/api.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "core/calendar.h"
#include "domain/auth/permissions.h"
#include "domain/clues/clue_config.h"
#include "domain/org/structure.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "domain/supervision_stats/stats_export.h"
#include "domain/supervision_stats/stats_store.h"
#include "domain/supervision_stats/supervision_stats.h"

namespace qf::api {
namespace {

namespace ss = supervision_stats;
using auth::perm::kClueStats;

// The [clues] section (deadline rules), from the configuration file itself when it has
// one (errors name the real file and line), else from the text Config kept.
Result<clues::ClueConfig> clue_config(const Config& config) {
  auto section = config.module_section("clues");
  return clues::ClueConfig::from_toml(section.toml, section.source);
}

struct StatsRequest {
  int year = 0;
  ss::Period period = ss::Period::kYear;
  std::optional<int64_t> department_id;
};

Result<StatsRequest> stats_request(const Call& c, Date today) {
  StatsRequest r;
  r.year = today.year();
  if (auto y = c.req.query_param("year"); y && !y->empty()) {
    int year = 0;
    bool ok = y->size() == 4;
    for (char ch : *y) ok = ok && ch >= '0' && ch <= '9';
    if (ok) year = std::stoi(*y);
    if (!ok || year < 1990 || year > 2999) {
      return Error::invalid("request.year", "参数 year 应为四位年份（1990–2999）", "year must be a four-digit year (1990–2999)",
                            "year");
    }
    r.year = year;
  }
  if (auto p = c.req.query_param("period"); p && !p->empty()) {
    auto period = ss::period_from_code(*p);
    if (!period) {
      return Error::invalid("request.period", "参数 period 应为 year、half、quarter 或 month",
                            "period must be year, half, quarter or month", "period");
    }
    r.period = *period;
  }
  if (auto d = c.req.query_param("department_id"); d && !d->empty()) {
    try {
      size_t used = 0;
      long long n = std::stoll(*d, &used);
      if (used == d->size() && n > 0) r.department_id = n;
    } catch (const std::exception&) {
    }
    if (!r.department_id) {
      return Error::invalid("request.id", "参数 department_id 应为部门编号", "department_id must be a department id",
                            "department_id");
    }
  }
  return r;
}

Result<ss::SupervisionStats> compute(Call& c) {
  QF_TRY(clues::ClueConfig cfg, clue_config(c.app.config));
  Date today = Date::from_unix_ms(c.now_ms());
  QF_TRY(StatsRequest rq, stats_request(c, today));
  QF_TRY(auto lease, c.app.db->acquire());
  store::Connection& conn = lease.get();
  std::set<int64_t> filter;
  if (rq.department_id) {
    QF_TRY(auto all, org::list_departments(conn, true));
    for (int64_t id : org::subtree_ids(all, *rq.department_id)) filter.insert(id);
    if (filter.empty()) return Error::invalid("request.department", "部门不存在", "No such department", "department_id");
  }
  QF_TRY(ss::StatsFacts facts, ss::load_stats_facts(conn, cfg, today));
  return ss::compute_stats(facts, rq.year, rq.period, filter, rq.department_id);
}

json row_json(const ss::StatsRow& r) {
  json j{{"key", r.key},          {"code", r.code},   {"label_zh", r.label_zh},
         {"label_en", r.label_en}, {"values", r.values}, {"total", r.total},
         {"previous_total", r.previous_total}, {"change", r.change()}};
  if (!r.parent.empty()) j["parent"] = r.parent;
  if (r.key == "talk") {
    j["people"] = r.people;
    j["previous_people"] = r.previous_people;
  }
  if (r.key == "department") j["department_id"] = r.code.empty() ? json(nullptr) : json(std::stoll(r.code));
  return j;
}

json rate_json(std::optional<double> r) { return r ? json(*r) : json(nullptr); }

json stats_json(const ss::SupervisionStats& s) {
  json slots = json::array();
  auto zh = ss::slot_labels_zh(s.period, s.year);
  auto en = ss::slot_labels_en(s.period, s.year);
  for (size_t i = 0; i < zh.size(); ++i) slots.push_back({{"label_zh", zh[i]}, {"label_en", en[i]}});
  json rows = json::array();
  for (const auto& r : s.rows) rows.push_back(row_json(r));
  json rates = json::array();
  for (const auto& r : s.overdue_rates) {
    rates.push_back({{"stage", std::string(clues::code_of(r.stage))},
                     {"label_zh", std::string(clues::label_zh(r.stage))},
                     {"label_en", std::string(clues::label_en(r.stage))},
                     {"with_deadline", r.with_deadline},
                     {"overdue", r.overdue},
                     {"rate", rate_json(r.rate())},
                     {"previous_with_deadline", r.previous_with_deadline},
                     {"previous_overdue", r.previous_overdue},
                     {"previous_rate", rate_json(r.previous_rate())}});
  }
  json talks = json::array();
  for (const auto& r : s.talks) talks.push_back(row_json(r));
  json depts = json::array();
  for (const auto& r : s.departments) depts.push_back(row_json(r));
  return json{{"year", s.year},
              {"period", std::string(ss::period_code(s.period))},
              {"department_id", s.department_id ? json(*s.department_id) : json(nullptr)},
              {"slots", std::move(slots)},
              {"clues_received", s.clues_received},
              {"previous_clues_received", s.previous_clues_received},
              {"rows", std::move(rows)},
              {"overdue_rates", std::move(rates)},
              {"talks", std::move(talks)},
              {"departments", std::move(depts)}};
}

void register_supervision_stats(Routes& routes, AppContext&) {
  routes.get("/supervision/stats",
             RouteSpec{"监督执纪统计（仅汇总数字）", "Supervision statistics (aggregates only)", std::string(kClueStats), "",
                       "",
                       R"({"data":{"year":2026,"period":"quarter","rows":[{"key":"source","code":"petition","label_zh":"信访举报","label_en":"Petition","values":[3,1,0,2],"total":6,"previous_total":4,"change":2}],"overdue_rates":[],"talks":[],"departments":[]}})"},
             [](Call& c) -> Result<json> {
               QF_TRY(ss::SupervisionStats s, compute(c));
               return stats_json(s);
             });
  routes.raw_route("GET", "/supervision/stats/export",
                   RouteSpec{"导出监督执纪统计", "Export supervision statistics", std::string(kClueStats)},
                   [](Call& c) -> Result<http::Response> {
                     QF_TRY(ss::SupervisionStats s, compute(c));
                     auto sheets = ss::stats_sheets(s);
                     {
                       QF_TRY(auto lease, c.app.db->acquire());
                       const char* period = s.period == ss::Period::kMonth     ? "按月"
                                            : s.period == ss::Period::kQuarter ? "按季度"
                                            : s.period == ss::Period::kHalf    ? "按半年"
                                                                               : "按年";
                       std::string filter = fmt::format("年度 {}；{}", s.year, period);
                       const std::string dept =
                           filter_words(lease.get(), c, {{"department_id", "部门", FilterWord::Kind::kDepartment}});
                       if (dept.rfind("部门", 0) == 0) filter += "；" + dept;
                       for (auto& sh : sheets)
                         ledger_layout(lease.get(), c, sh, "监督执纪统计表（" + sh.name + "）", filter);
                     }
                     QF_TRY(std::string bytes, spreadsheet::write_xlsx(sheets));
                     return xlsx_response(std::move(bytes), fmt::format("监督执纪统计{}.xlsx", s.year));
                   });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_supervision_stats);

// Working-day calendar endpoints (/api/v1/calendar…): the rows of the calendar that
// deadlines are counted from (休 days off, 班 make-up working days). Any signed-in user
// reads them; calendar.manage (the system administrator — it is configuration) imports
// the State Council's notice as CSV (all or nothing, errors name the line) and edits
// single days. Every change is audited in the same transaction.
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>

#include "api/api.h"
#include "domain/calendar/calendar_messages.h"
#include "domain/auth/permissions.h"
#include "domain/calendar/calendar_config.h"
#include "domain/calendar/calendar_store.h"

namespace qf::api {
namespace {

using auth::perm::kCalendarManage;

json day_json(const calendar_store::StoredDay& d) {
  return json{{"date", d.entry.date.to_string()},
              {"kind", std::string(calendar_day_kind_code(d.entry.kind))},
              {"holiday", d.entry.holiday},
              {"source", d.entry.source},
              {"weekday", d.entry.date.iso_weekday()},
              {"updated_at", d.updated_at},
              {"updated_by", d.updated_by ? json(*d.updated_by) : json(nullptr)}};
}

std::string describe(const CalendarEntry& e) {
  return fmt::format("{} {} {}", e.date.to_string(), calendar_day_kind_code(e.kind), e.holiday);
}

Result<std::optional<int>> year_param(const Call& c) {
  auto v = c.req.query_param("year");
  if (!v || v->empty()) return std::optional<int>{};
  if (v->size() == 4 && std::all_of(v->begin(), v->end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
    int y = std::stoi(*v);
    if (y >= 1900 && y <= 2999) return std::optional<int>{y};
  }
  return Error::invalid("request.year", "参数 year 应为四位年份，如 2026", "year must be a four-digit year, e.g. 2026",
                        "year");
}

Result<Date> date_param(const Call& c) {
  auto it = c.req.path_params.find("date");
  return Date::parse(it == c.req.path_params.end() ? "" : it->second, "date");
}

Result<CalendarDayKind> kind_of(const json& b) {
  auto it = b.find("kind");
  std::string k = it != b.end() && it->is_string() ? it->get<std::string>() : "";
  if (k == "休" || k == "rest") return CalendarDayKind::kRestDay;
  if (k == "班" || k == "work") return CalendarDayKind::kWorkDay;
  return Error::invalid("calendar.kind", "类型应为“休”（放假）或“班”（调休上班）",
                        "kind must be 休 (day off) or 班 (make-up working day)", "kind");
}

std::string text_of(const json& b, const char* k) {
  auto it = b.find(k);
  return it != b.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Lets the modules that count in working days follow a calendar change (AppContext::calendar_changed).
Status after_change(Call& c, store::Connection& conn) {
  for (const auto& listener : c.app.calendar_changed) QF_TRY_STATUS(listener(conn));
  return {};
}

void register_calendar(Routes& routes, AppContext& app) {
  // A bad [calendar] section stops `qingfeng serve` before it listens (as [talks] does).
  auto section = app.config.module_section("calendar");
  auto parsed = calendar_store::CalendarConfig::from_toml(section.toml, section.source);
  if (!parsed.ok()) {
    std::fprintf(stderr, "%s\n%s\n", parsed.error().message_zh.c_str(), parsed.error().message_en.c_str());
    std::exit(2);
  }
  auto cfg = std::make_shared<calendar_store::CalendarConfig>(std::move(parsed).value());
  // The message centre: a missing calendar year, to the calendar maintainers.
  app.feeds.add({calendar_store::kMissingYearFeed, [cfg](store::Connection& conn, const messages::FeedContext& f) {
                   return calendar_store::missing_year_reminders(conn, *cfg, f.today);
                 }});
  // The dashboard: the same years as pending items of calendar.manage holders.
  app.dashboard.push_back([cfg](store::Connection& conn, const Call& c, DashboardParts& parts) -> Status {
    if (!c.who().can(kCalendarManage)) return {};
    QF_TRY(std::vector<int> years, calendar_store::years(conn));
    for (const auto& m : calendar_store::missing_years(years, Date::from_unix_ms(c.now_ms()), *cfg)) {
      const calendar_store::MissingYearText text = calendar_store::missing_year_text(m);
      parts.pending.push_back(json{{"key", m.current ? "calendar.year_missing" : "calendar.next_year_missing"},
                                   {"title_zh", text.zh},
                                   {"title_en", text.en},
                                   {"count", 1},
                                   {"year", m.year},
                                   {"link", fmt::format("/system/calendar?year={}", m.year)}});
    }
    return {};
  });
  routes.get("/calendar",
             RouteSpec{"工作日历（与普通周一至周五不同的日子）", "Working-day calendar (days that differ from Mon–Fri)", "",
                       "", "", R"({"data":{"years":[2024,2025,2026],"days":[{"date":"2026-10-01","kind":"休","holiday":"国庆节"}]}})"},
             [](Call& c) -> Result<json> {
               QF_TRY(auto year, year_param(c));
               QF_TRY(auto conn, c.app.db->acquire());
               QF_TRY(auto rows, calendar_store::list(conn.get(), year));
               QF_TRY(auto ys, calendar_store::years(conn.get()));
               json days = json::array();
               for (const auto& d : rows) days.push_back(day_json(d));
               return json{{"years", ys}, {"days", std::move(days)}};
             });

  routes.post("/calendar/import",
              RouteSpec{"导入工作日历（CSV：date,kind,holiday,source；任一行有误则全部不保存）",
                        "Import calendar rows (CSV date,kind,holiday,source; nothing saved if any row is bad)",
                        std::string(kCalendarManage), "calendar.import", "2027-01-01,休,元旦,国办发明电〔2026〕…"},
              [](Call& c) -> Result<json> {
                auto f = c.req.query_param("filename");
                std::string filename = f && !f->empty() ? *f : std::string("calendar.csv");
                c.audit_object_type = "calendar";
                c.audit_object_id = filename;
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(auto sum, calendar_store::import_csv(conn, c.req.body, filename, c.who().account_id, c.now_ms()));
                  QF_TRY_STATUS(after_change(c, conn));
                  c.audit_summary = fmt::format("导入工作日历 {}：新增 {}，替换 {}，未变 {}", filename, sum.added,
                                                sum.replaced, sum.unchanged);
                  return json{{"added", sum.added}, {"replaced", sum.replaced}, {"unchanged", sum.unchanged}};
                });
              });

  routes.put("/calendar/{date}",
             RouteSpec{"新增或修改一天", "Add or change one day", std::string(kCalendarManage), "calendar.upsert",
                       R"({"kind":"休","holiday":"局庆","source":"局办通知"})"},
             [](Call& c) -> Result<json> {
               QF_TRY(Date date, date_param(c));
               QF_TRY(json b, c.body());
               QF_TRY(CalendarDayKind kind, kind_of(b));
               CalendarEntry e{date, kind, text_of(b, "holiday"), text_of(b, "source")};
               c.audit_object_type = "calendar";
               c.audit_object_id = date.to_string();
               return c.tx([&](store::Connection& conn) -> Result<json> {
                 QF_TRY(auto before, calendar_store::upsert(conn, e, c.who().account_id, c.now_ms()));
                 QF_TRY_STATUS(after_change(c, conn));
                 c.audit_summary = before ? fmt::format("{} → {}", describe(*before), describe(e))
                                          : fmt::format("新增 {}", describe(e));
                 calendar_store::StoredDay d{e, c.now_ms(), c.who().account_id};
                 return day_json(d);
               });
             });

  routes.del("/calendar/{date}",
             RouteSpec{"删除一天（恢复为普通周一至周五规则）", "Remove one day (back to the ordinary week)",
                       std::string(kCalendarManage), "calendar.remove"},
             [](Call& c) -> Result<json> {
               QF_TRY(Date date, date_param(c));
               c.audit_object_type = "calendar";
               c.audit_object_id = date.to_string();
               return c.tx([&](store::Connection& conn) -> Result<json> {
                 QF_TRY(auto removed, calendar_store::remove(conn, date));
                 QF_TRY_STATUS(after_change(c, conn));
                 c.audit_summary = fmt::format("删除 {}", describe(removed));
                 return json{{"removed", date.to_string()}};
               });
             });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_calendar);

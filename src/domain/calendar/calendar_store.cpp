// Storage of the working-day calendar; see calendar_store.h.
#include "domain/calendar/calendar_store.h"

#include <fmt/format.h>

#include <map>

namespace qf::calendar_store {
namespace {

Result<CalendarDayKind> kind_of(const std::string& code, std::string_view field) {
  if (code == calendar_day_kind_code(CalendarDayKind::kRestDay)) return CalendarDayKind::kRestDay;
  if (code == calendar_day_kind_code(CalendarDayKind::kWorkDay)) return CalendarDayKind::kWorkDay;
  return Error::invalid("calendar.kind", fmt::format("日期类型“{}”无效，应为“休”或“班”", code),
                        fmt::format("Day kind \"{}\" is invalid; it must be 休 (day off) or 班 (make-up working day)", code),
                        std::string(field));
}

Result<StoredDay> day_of(const store::Row& r) {
  StoredDay d;
  QF_TRY(d.entry.date, Date::parse(r.text("cal_date"), "cal_date"));
  QF_TRY(d.entry.kind, kind_of(r.text("kind"), "kind"));
  d.entry.holiday = r.text("holiday");
  d.entry.source = r.text("source");
  d.updated_at = r.i64("updated_at");
  d.updated_by = r.opt_i64("updated_by");
  return d;
}

store::Value actor(std::optional<int64_t> id) { return id ? store::Value{*id} : store::Value{nullptr}; }

Status write(store::Connection& conn, const CalendarEntry& e, std::optional<int64_t> actor_id, int64_t now_ms) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "calendar/upsert"),
                                 {e.date.to_string(), std::string(calendar_day_kind_code(e.kind)), e.holiday,
                                  e.source, now_ms, actor(actor_id)}));
  (void)n;
  return {};
}

}  // namespace

Result<std::vector<StoredDay>> list(store::Connection& conn, std::optional<int> year) {
  store::ResultSet rs;
  if (year) {
    QF_TRY(rs, conn.query(store::sql(conn, "calendar/list_year"),
                          {fmt::format("{:04}-01-01", *year), fmt::format("{:04}-12-31", *year)}));
  } else {
    QF_TRY(rs, conn.query(store::sql(conn, "calendar/list")));
  }
  std::vector<StoredDay> out;
  out.reserve(rs.size());
  for (const auto& r : rs) {
    QF_TRY(auto d, day_of(r));
    out.push_back(std::move(d));
  }
  return out;
}

Result<WorkingDayCalendar> load(store::Connection& conn) {
  QF_TRY(auto rows, list(conn, std::nullopt));
  WorkingDayCalendar cal;
  for (auto& d : rows) QF_TRY_STATUS(cal.upsert(std::move(d.entry)));
  return cal;
}

Result<std::vector<int>> years(store::Connection& conn) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "calendar/years")));
  std::vector<int> out;
  for (const auto& r : rs) out.push_back(std::stoi(r.text("year")));
  return out;
}

Result<ImportSummary> import_csv(store::Connection& conn, std::string_view csv, std::string_view source_name,
                                 std::optional<int64_t> actor_id, int64_t now_ms) {
  // Parse (and validate) the whole file before touching the table.
  QF_TRY(WorkingDayCalendar incoming, WorkingDayCalendar::from_csv(csv, source_name));
  if (incoming.size() == 0)
    return Error::invalid("calendar.empty", fmt::format("{} 没有任何日期行", source_name),
                          fmt::format("{} contains no day rows", source_name), std::string(source_name));
  QF_TRY(auto stored, list(conn, std::nullopt));
  std::map<Date, CalendarEntry> before;
  for (auto& d : stored) before.emplace(d.entry.date, std::move(d.entry));
  ImportSummary sum;
  for (const auto& e : incoming.entries()) {
    auto it = before.find(e.date);
    if (it == before.end()) {
      ++sum.added;
    } else if (it->second.kind == e.kind && it->second.holiday == e.holiday && it->second.source == e.source) {
      ++sum.unchanged;
      continue;
    } else {
      ++sum.replaced;
    }
    QF_TRY_STATUS(write(conn, e, actor_id, now_ms));
  }
  return sum;
}

Result<std::optional<CalendarEntry>> upsert(store::Connection& conn, const CalendarEntry& entry,
                                            std::optional<int64_t> actor_id, int64_t now_ms) {
  // The row rules are WorkingDayCalendar's (班 only on a weekend).
  WorkingDayCalendar check;
  QF_TRY_STATUS(check.upsert(entry));
  std::optional<CalendarEntry> previous;
  QF_TRY(auto rs, conn.query(store::sql(conn, "calendar/get"), {entry.date.to_string()}));
  if (!rs.empty()) {
    QF_TRY(auto d, day_of(rs.front()));
    previous = std::move(d.entry);
  }
  QF_TRY_STATUS(write(conn, entry, actor_id, now_ms));
  return previous;
}

Result<CalendarEntry> remove(store::Connection& conn, Date date) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "calendar/get"), {date.to_string()}));
  if (rs.empty())
    return Error::make(ErrorKind::kNotFound, "calendar.not_found",
                       fmt::format("工作日历中没有 {} 这一天的记录", date.to_string()),
                       fmt::format("The calendar has no row for {}", date.to_string()), "date");
  QF_TRY(auto d, day_of(rs.front()));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "calendar/remove"), {date.to_string()}));
  (void)n;
  return d.entry;
}

}  // namespace qf::calendar_store

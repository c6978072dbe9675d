#include "domain/declarations/declaration_messages.h"

#include <string>

namespace qf::declarations {

Result<std::vector<messages::Reminder>> due_reminders(store::Connection& conn, const DeclarationsConfig& cfg,
                                                      const messages::FeedContext& f) {
  std::vector<messages::Reminder> out;
  const int year = cfg.current_report_year(f.today);
  const Date due = cfg.annual_due_date(year);
  const int64_t left = Date::days_between(f.today, due);
  if (left > 60) return out;
  const messages::MessageKind kind =
      left < 0 ? messages::MessageKind::kOverdue : (left <= 30 ? messages::MessageKind::kDueSoon : messages::MessageKind::kTodo);
  QF_TRY(auto rows, conn.query(store::sql(conn, "declarations/feed_due"), {int64_t{year}}));
  const std::string y = std::to_string(year);
  for (const auto& r : rows) {
    messages::Reminder m;
    m.account_id = r.i64("account_id");
    m.kind = kind;
    m.event_key = std::string(kDueFeed) + ":" + y;
    m.title_zh = "请于 " + due.to_string() + " 前报送 " + y + " 年度领导干部个人有关事项报告";
    m.title_en = "Submit your personal-matters report for " + y + " by " + due.to_string();
    m.link = "/declarations";
    m.object_type = "declaration_year";
    m.object_id = y;
    m.due_date = due.to_string();
    out.push_back(std::move(m));
  }
  return out;
}

Result<std::vector<messages::Reminder>> returned_reminders(store::Connection& conn) {
  std::vector<messages::Reminder> out;
  QF_TRY(auto rows, conn.query(store::sql(conn, "declarations/feed_returned")));
  for (const auto& r : rows) {
    messages::Reminder m;
    m.account_id = r.i64("account_id");
    m.kind = messages::MessageKind::kTodo;
    const std::string id = std::to_string(r.i64("id"));
    const std::string y = std::to_string(r.i64("report_year"));
    m.event_key = std::string(kReturnedFeed) + ":" + id;
    m.title_zh = "您的 " + y + " 年个人有关事项报告已被退回，请修改后重新报送";
    m.title_en = "Your personal-matters report of " + y + " was returned: correct it and submit again";
    m.link = "/declarations/" + id;
    m.object_type = "declaration";
    m.object_id = id;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace qf::declarations

#include "domain/reports/report_messages.h"

#include <fmt/format.h>

#include "domain/auth/principal.h"

namespace qf::reports {
namespace {

messages::Reminder report_reminder(int64_t account, int64_t report_id, const std::string& source) {
  messages::Reminder m;
  m.account_id = account;
  m.kind = messages::MessageKind::kTodo;
  m.event_key = fmt::format("{}:{}", source, report_id);
  m.link = fmt::format("/reports/{}", report_id);
  m.object_type = "report";
  m.object_id = std::to_string(report_id);
  return m;
}

}  // namespace

Result<std::vector<messages::Reminder>> triage_reminders(store::Connection& conn) {
  std::vector<messages::Reminder> out;
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/awaiting_assignment")));
  if (rs.empty()) return out;
  QF_TRY(std::vector<int64_t> secretaries,
         messages::accounts_with_roles(conn, {std::string(auth::role_code(auth::Role::kDisciplineSecretary))}));
  for (const auto& r : rs) {
    const std::string number = r.text("register_number");
    for (int64_t account : secretaries) {
      messages::Reminder m = report_reminder(account, r.i64("id"), kTriageFeed);
      m.title_zh = fmt::format("新收到信访举报 {}，待分办", number);
      m.title_en = fmt::format("New report {} awaits assignment", number);
      out.push_back(std::move(m));
    }
  }
  return out;
}

Result<std::vector<messages::Reminder>> assignment_reminders(store::Connection& conn) {
  std::vector<messages::Reminder> out;
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/open_assignments")));
  for (const auto& r : rs) {
    const std::string number = r.text("register_number");
    messages::Reminder m = report_reminder(r.i64("account_id"), r.i64("report_id"), kAssignedFeed);
    m.title_zh = fmt::format("信访举报 {} 已分配给您，待审查处理", number);
    m.title_en = fmt::format("Report {} is assigned to you for review", number);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace qf::reports

#include "domain/inspections/rectification_messages.h"

#include <fmt/format.h>

#include "domain/auth/data_scope.h"
#include "domain/inspections/inspection.h"

namespace qf::inspections {
namespace {

Result<std::vector<auth::Principal>> holders(store::Connection& conn, std::string_view permission, int64_t now_ms) {
  QF_TRY(std::vector<int64_t> accounts, messages::accounts_with_permission(conn, permission));
  std::vector<auth::Principal> out;
  for (int64_t id : accounts) {
    QF_TRY(auth::Principal p, auth::load_principal(conn, id, now_ms));
    if (p.can(permission)) out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

Result<std::vector<messages::Reminder>> rectification_reminders(store::Connection& conn, const InspectionsConfig& cfg,
                                                                const messages::FeedContext& f) {
  std::vector<messages::Reminder> out;
  const std::string today = f.today.to_string();
  const std::string horizon = f.today.add_days(cfg.due_soon_days).to_string();
  QF_TRY(auto rows, conn.query(store::sql(conn, "inspections/open_items"), {horizon}));
  if (rows.empty()) return out;
  QF_TRY(auto owners, holders(conn, kRectificationReport, f.now_ms));
  QF_TRY(auto committee, holders(conn, kInspectionManage, f.now_ms));
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    const int64_t dept = r.i64("owner_department_id");
    const std::string number = fmt::format("{}-{}", r.text("check_number"), r.i64("seq"));
    const std::string dept_name = r.text("department_name");
    const std::string deadline = r.text("deadline");
    const bool reported = r.text("state") == "reported";
    auto reach = [&](const auth::Principal& p) { return p.unit_wide || p.department_ids.count(dept) > 0; };
    auto remind = [&](const auth::Principal& p, messages::MessageKind kind, const std::string& what,
                      std::string zh, std::string en) {
      messages::Reminder m;
      m.account_id = p.account_id;
      m.kind = kind;
      m.event_key = fmt::format("{}:{}:{}:{}", kRectificationFeed, id, deadline, what);
      m.title_zh = std::move(zh);
      m.title_en = std::move(en);
      m.link = fmt::format("/inspections/items/{}", id);
      m.object_type = "rectification_item";
      m.object_id = std::to_string(id);
      m.due_date = deadline;
      out.push_back(std::move(m));
    };
    if (reported) {
      for (const auto& p : committee)
        if (reach(p))
          remind(p, messages::MessageKind::kTodo, "verify",
                 fmt::format("整改事项 {}（{}）已报送整改完成，待核查销号", number, dept_name),
                 fmt::format("Rectification item {} ({}) reported done: verify it", number, dept_name));
      continue;
    }
    const bool overdue = deadline < today;
    const auto kind = overdue ? messages::MessageKind::kOverdue : messages::MessageKind::kDueSoon;
    const std::string zh = overdue ? fmt::format("整改事项 {}（{}）整改时限 {} 已逾期", number, dept_name, deadline)
                                   : fmt::format("整改事项 {}（{}）整改时限 {} 即将到期", number, dept_name, deadline);
    const std::string en = overdue
                               ? fmt::format("Rectification item {} ({}): deadline {} has passed", number, dept_name, deadline)
                               : fmt::format("Rectification item {} ({}): deadline {} is near", number, dept_name, deadline);
    for (const auto& p : owners)
      if (reach(p)) remind(p, kind, overdue ? "overdue" : "due_soon", zh, en);
    for (const auto& p : committee)
      if (reach(p)) remind(p, kind, overdue ? "overdue" : "due_soon", zh, en);
  }
  return out;
}

}  // namespace qf::inspections

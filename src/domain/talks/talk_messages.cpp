#include "domain/talks/talk_messages.h"

#include <fmt/format.h>

#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/talks/pending_talks.h"

namespace qf::talks {

Result<std::vector<messages::Reminder>> pending_talk_reminders(store::Connection& conn, const TalkConfig& cfg,
                                                               const std::string& today, int64_t now_ms) {
  std::vector<messages::Reminder> out;
  QF_TRY(std::vector<PendingTalk> pending, load_pending_talks(conn, cfg, today));
  if (pending.empty()) return out;
  // Recipients: accounts of a role that records talks, each with its data scope.
  QF_TRY(std::vector<int64_t> accounts, messages::accounts_with_permission(conn, auth::perm::kTalkManage));
  std::vector<auth::Principal> recorders;
  for (int64_t id : accounts) {
    QF_TRY(auth::Principal p, auth::load_principal(conn, id, now_ms));
    if (p.can(auth::perm::kTalkManage)) recorders.push_back(std::move(p));
  }
  for (const PendingTalk& t : pending) {
    for (const auth::Principal& p : recorders) {
      const bool in_scope = p.unit_wide || (t.department_id && p.department_ids.count(*t.department_id));
      if (!in_scope) continue;
      messages::Reminder m;
      m.account_id = p.account_id;
      m.kind = t.overdue ? messages::MessageKind::kOverdue : messages::MessageKind::kTodo;
      m.event_key = fmt::format("{}:{}:{}", kPendingTalkFeed, t.event_id, t.overdue ? "overdue" : "due");
      m.title_zh = t.overdue ? fmt::format("{}（{}）应于 {} 前开展廉政谈话，已逾期", t.name, t.department_name, t.due_on)
                             : fmt::format("{}（{}）应于 {} 前开展廉政谈话", t.name, t.department_name, t.due_on);
      m.title_en = t.overdue ? fmt::format("{} ({}) owed an integrity talk by {}: overdue", t.name,
                                           t.department_name, t.due_on)
                             : fmt::format("{} ({}) is owed an integrity talk by {}", t.name, t.department_name,
                                           t.due_on);
      m.link = "/supervision/talks/pending";
      m.object_type = "person";
      m.object_id = std::to_string(t.person_id);
      m.due_date = t.due_on;
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace qf::talks

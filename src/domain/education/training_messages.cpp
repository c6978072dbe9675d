// Training's reminders: see training_messages.h.
#include "domain/education/training_messages.h"

#include <fmt/format.h>

#include "core/calendar.h"
#include "domain/education/training.h"
#include "domain/messages/inbox.h"

namespace qf::education {

Result<std::vector<messages::Reminder>> training_reminders(store::Connection& conn, const messages::FeedContext&) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "education/training_pending_reminders")));
  std::vector<messages::Reminder> out;
  out.reserve(rows.size());
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    messages::Reminder m;
    m.account_id = r.i64("account_id");
    m.kind = messages::MessageKind::kTodo;
    m.event_key = fmt::format("{}:{}", kTrainingFeed, id);
    m.title_zh = fmt::format("待完成培训：《{}》（学习材料后参加测试）", r.text("title"));
    m.title_en = fmt::format("Training to complete: {} (study the materials, then take the quiz)", r.text("title"));
    m.link = fmt::format("/education/training/courses/{}", id);
    m.object_type = "training_course";
    m.object_id = std::to_string(id);
    out.push_back(std::move(m));
  }
  return out;
}

Result<std::vector<messages::Reminder>> new_staff_sweep(store::Connection& conn, const messages::FeedContext& f) {
  QF_TRY(int64_t added, assign_new_staff(conn, f.now_ms));
  (void)added;
  return std::vector<messages::Reminder>{};
}

}  // namespace qf::education

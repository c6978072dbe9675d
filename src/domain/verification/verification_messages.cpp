#include "domain/verification/verification_messages.h"

#include <string>

namespace qf::verification {

Result<std::vector<messages::Reminder>> explain_reminders(store::Connection& conn) {
  std::vector<messages::Reminder> out;
  QF_TRY(auto rows, conn.query(store::sql(conn, "verification/feed_explain")));
  for (const auto& r : rows) {
    messages::Reminder m;
    m.account_id = r.i64("account_id");
    m.kind = messages::MessageKind::kTodo;
    const std::string id = std::to_string(r.i64("item_id"));
    const std::string y = std::to_string(r.i64("round_year"));
    m.event_key = std::string(kExplainFeed) + ":" + id;
    m.title_zh = y + " 年度个人有关事项核查：有一项核查事项待您作出说明";
    m.title_en = "Verification of " + y + ": an item awaits your explanation";
    m.link = "/verification/items/" + id;
    m.object_type = "verification_item";
    m.object_id = id;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace qf::verification

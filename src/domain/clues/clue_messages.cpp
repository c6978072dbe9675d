#include "domain/clues/clue_messages.h"

#include <fmt/format.h>

#include <map>

#include "domain/auth/principal.h"
#include "domain/clues/clue_deadlines.h"
#include "domain/clues/clue_state_machine.h"
#include "domain/clues/clue_store.h"

namespace qf::clues {
namespace {

struct OpenClues {
  std::vector<StoredClue> clues;
  // clue id → (account, part) of the assignments in force
  std::map<int64_t, std::vector<std::pair<int64_t, ClueActorRole>>> assigned;
};

// The clues a feed can name, chosen by the database (`ids_query`), and the assignments
// in force on them (`assignments_query`, the same selection): a sweep loads the clues
// that are due soon, overdue or waiting for a signature, never the whole open archive.
Result<OpenClues> load_open_clues(store::Connection& conn, const char* ids_query, const char* assignments_query,
                                  const store::Params& params) {
  OpenClues out;
  QF_TRY(auto id_rows, conn.query(store::sql(conn, ids_query), params));
  std::vector<int64_t> ids;
  ids.reserve(id_rows.size());
  for (const auto& r : id_rows) ids.push_back(r.i64("id"));
  QF_TRY(out.clues, load_clues(conn, ids, false));
  QF_TRY(auto rs, conn.query(store::sql(conn, assignments_query), params));
  for (const auto& r : rs) {
    auto part = enum_from_code<ClueActorRole>(r.text("part"));
    if (part) out.assigned[r.i64("clue_id")].emplace_back(r.i64("account_id"), *part);
  }
  return out;
}

std::string clue_link(int64_t id) { return fmt::format("/supervision/clues/{}", id); }

}  // namespace

Result<std::vector<messages::Reminder>> deadline_reminders(store::Connection& conn, const ClueConfig& cfg,
                                                           const WorkingDayCalendar& cal, Date today) {
  // A running deadline is due soon or overdue only when due before due_soon_end(today),
  // and the clue's stored next_due_date is its earliest running due day.
  const std::string window_end = due_soon_end(today, cfg, cal).to_string();
  QF_TRY(OpenClues open, load_open_clues(conn, "clues/due_ids", "clues/due_assignments", {window_end}));
  std::vector<messages::Reminder> out;
  for (const auto& s : open.clues) {
    auto who = open.assigned.find(s.clue.id);
    if (who == open.assigned.end()) continue;
    for (const StageDeadline& d : clue_deadlines(s.clue, cfg, cal, today)) {
      const bool overdue = d.status == DeadlineStatus::kOverdue;
      if (!overdue && d.status != DeadlineStatus::kDueSoon) continue;
      for (const auto& [account, part] : who->second) {
        if (part != ClueActorRole::kHandler) continue;
        messages::Reminder m;
        m.account_id = account;
        m.kind = overdue ? messages::MessageKind::kOverdue : messages::MessageKind::kDueSoon;
        m.event_key = fmt::format("{}:{}:{}:{}:{}", kDeadlineFeed, s.clue.id, code_of(d.stage), d.due.to_string(),
                                  overdue ? "overdue" : "due_soon");
        m.title_zh = overdue ? fmt::format("线索 {}「{}」办理期限 {} 已逾期", s.clue.number, label_zh(d.stage),
                                           d.due.to_string())
                             : fmt::format("线索 {}「{}」办理期限 {} 即将到期", s.clue.number, label_zh(d.stage),
                                           d.due.to_string());
        m.title_en = overdue ? fmt::format("Clue {}: the {} deadline {} has passed", s.clue.number,
                                           label_en(d.stage), d.due.to_string())
                             : fmt::format("Clue {}: the {} deadline {} is near", s.clue.number, label_en(d.stage),
                                           d.due.to_string());
        m.link = clue_link(s.clue.id);
        m.object_type = "clue";
        m.object_id = std::to_string(s.clue.id);
        m.due_date = d.due.to_string();
        out.push_back(std::move(m));
      }
    }
  }
  return out;
}

Result<std::vector<messages::Reminder>> signature_reminders(store::Connection& conn, const ClueConfig& cfg) {
  QF_TRY(OpenClues open, load_open_clues(conn, "clues/awaiting_signature_ids", "clues/awaiting_signature_assignments", {}));
  QF_TRY(std::vector<int64_t> secretaries,
         messages::accounts_with_roles(conn, {std::string(auth::role_code(auth::Role::kDisciplineSecretary))}));
  std::vector<messages::Reminder> out;
  for (const auto& s : open.clues) {
    auto signer = awaited_signer(s.clue, cfg);
    if (!signer) continue;
    std::vector<int64_t> to;
    if (*signer == ClueActorRole::kDisciplineSecretary) {
      to = secretaries;
    } else if (auto it = open.assigned.find(s.clue.id); it != open.assigned.end()) {
      for (const auto& [account, part] : it->second)
        if (part == *signer) to.push_back(account);
    }
    const bool outcome = s.clue.state == ClueState::kOutcomePending;
    for (int64_t account : to) {
      messages::Reminder m;
      m.account_id = account;
      m.kind = messages::MessageKind::kTodo;
      m.event_key = fmt::format("{}:{}:{}:{}", kSignatureFeed, s.clue.id, code_of(s.clue.state), s.clue.approvals_done);
      m.title_zh = fmt::format("线索 {} 的{}待您审批（{}）", s.clue.number, outcome ? "处理意见" : "处置意见",
                               label_zh(*signer));
      m.title_en = fmt::format("Clue {}: the {} awaits your signature ({})", s.clue.number,
                               outcome ? "proposed outcome" : "proposed disposition", label_en(*signer));
      m.link = clue_link(s.clue.id);
      m.object_type = "clue";
      m.object_id = std::to_string(s.clue.id);
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace qf::clues

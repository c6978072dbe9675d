#pragma once
// The message centre (站内消息/待办): one inbox per account, fed by every module.
//
// A module does not write messages one by one. It is a FEED: a function that, given
// the database and the day, returns the reminders that hold NOW (this clue's deadline
// is overdue for its handler; this signature waits for the head of the office; this
// cadre still owes a talk). sync_feed() compares that set with the feed's stored
// messages:
//   * a reminder not yet stored becomes a new, unread message (once: the pair
//     (account, event_key) is unique, so the same event never gives an account a
//     second message, however often feeds run or how many server processes run them);
//   * a stored open message that the feed no longer returns is RESOLVED (the task was
//     done or no longer applies): it leaves the to-do lists and the unread count, and
//     stays in the history;
//   * a resolved event that the feed returns again (a signature awaited again at the
//     same step after a return) is opened again, unread.
// Event keys name the event precisely (clue id, stage, due date, status), so a changed
// deadline or a move from "due soon" to "overdue" is a new event.
//
// Titles carry identifiers (clue and report numbers, names of the organisation), never
// case content (clue matter, report text, reporters).
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace qf::messages {

// What a message asks of its reader.
enum class MessageKind {
  kTodo,     // todo 待办: something waits for you (a signature, a report to triage)
  kDueSoon,  // due_soon 即将到期
  kOverdue,  // overdue 已逾期
  kNotice,   // notice 通知: for information
};
std::string_view kind_code(MessageKind k);
std::optional<MessageKind> kind_from_code(std::string_view code);

// One reminder a feed returns: what account `account_id` should be told now.
struct Reminder {
  int64_t account_id = 0;
  MessageKind kind = MessageKind::kTodo;
  std::string event_key;  // unique per account within the whole inbox: prefix it with the feed's source
  std::string title_zh;
  std::string title_en;
  std::string link;         // front-end path of the object, e.g. /supervision/clues/12
  std::string object_type;  // e.g. clue
  std::string object_id;
  std::optional<std::string> due_date;  // 'YYYY-MM-DD'
};

struct Message {
  int64_t id = 0;
  MessageKind kind = MessageKind::kTodo;
  std::string source;
  std::string event_key;
  std::string title_zh;
  std::string title_en;
  std::string link;
  std::string object_type;
  std::string object_id;
  std::optional<std::string> due_date;
  int64_t created_at = 0;
  std::optional<int64_t> read_at;
  std::optional<int64_t> resolved_at;
};

// What sync_feed changed.
struct SyncTally {
  int64_t created = 0;
  int64_t reopened = 0;
  int64_t resolved = 0;
};

// Makes the stored messages of `source` equal the current `reminders` (see the header
// comment), in the caller's transaction. Duplicate reminders (same account and key)
// count once.
Result<SyncTally> sync_feed(store::Connection& conn, const std::string& source, const std::vector<Reminder>& reminders,
                            int64_t now_ms);

// Tells one account of an event as it happens (a notice: "your password was reset"),
// in the caller's transaction — for events no feed recomputes. `source` must not be a
// feed's (a sweep would resolve the message). Once per (account, event_key).
Status notify(store::Connection& conn, const std::string& source, const Reminder& notice, int64_t now_ms);

// Which messages a list shows.
enum class StatusFilter {
  kOpen,    // open: not resolved (the default)
  kUnread,  // unread: open and not read
  kAll,     // all: resolved ones too
};
std::optional<StatusFilter> status_from_code(std::string_view code);

struct ListQuery {
  StatusFilter status = StatusFilter::kOpen;
  std::optional<MessageKind> kind;
  int64_t offset = 0;
  int64_t limit = 20;
};
// One account's messages, newest first, with the total of the filter (two queries).
Result<std::pair<std::vector<Message>, int64_t>> list_messages(store::Connection& conn, int64_t account_id,
                                                               const ListQuery& q);

// Counts of one account's open messages.
struct Summary {
  int64_t open = 0;
  int64_t unread = 0;
  int64_t todo = 0;
  int64_t due_soon = 0;
  int64_t overdue = 0;
  int64_t notice = 0;
};
Result<Summary> summary(store::Connection& conn, int64_t account_id);

// Marks the message read; kNotFound "message.not_found" when it is not this account's
// (another account's message answers exactly like an absent one).
Result<Message> mark_read(store::Connection& conn, int64_t account_id, int64_t message_id, int64_t now_ms);
// Marks every open unread message of the account read; returns how many.
Result<int64_t> mark_all_read(store::Connection& conn, int64_t account_id, int64_t now_ms);

// Active accounts holding at least one of `role_codes` (recipients of role-wide
// reminders: the discipline secretary, the calendar maintainer), ascending.
Result<std::vector<int64_t>> accounts_with_roles(store::Connection& conn, const std::vector<std::string>& role_codes);
// Active accounts holding a role that carries `permission` (auth/permissions.h).
Result<std::vector<int64_t>> accounts_with_permission(store::Connection& conn, std::string_view permission);

}  // namespace qf::messages

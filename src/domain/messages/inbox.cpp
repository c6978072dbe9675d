#include "domain/messages/inbox.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/auth/permissions.h"
#include "domain/org/data_scope.h"

namespace qf::messages {
namespace {

using store::Params;
using store::Value;

struct KindName {
  MessageKind kind;
  std::string_view code;
};
constexpr KindName kKinds[] = {{MessageKind::kTodo, "todo"},
                               {MessageKind::kDueSoon, "due_soon"},
                               {MessageKind::kOverdue, "overdue"},
                               {MessageKind::kNotice, "notice"}};

Value opt_value(const std::optional<std::string>& v) { return v ? Value{*v} : Value{nullptr}; }

Message message_from_row(const store::Row& r) {
  Message m;
  m.id = r.i64("id");
  m.kind = kind_from_code(r.text("kind")).value_or(MessageKind::kNotice);
  m.source = r.text("source");
  m.event_key = r.text("event_key");
  m.title_zh = r.text("title_zh");
  m.title_en = r.text("title_en");
  m.link = r.text("link");
  m.object_type = r.text("object_type");
  m.object_id = r.text("object_id");
  m.due_date = r.opt_text("due_date");
  m.created_at = r.i64("created_at");
  m.read_at = r.opt_i64("read_at");
  m.resolved_at = r.opt_i64("resolved_at");
  return m;
}

// The status/kind condition of a list (spliced after "m.account_id = ?").
std::string list_condition(const ListQuery& q, Params* params) {
  std::string where;
  if (q.status != StatusFilter::kAll) where += " AND m.resolved_at IS NULL";
  if (q.status == StatusFilter::kUnread) where += " AND m.read_at IS NULL";
  if (q.kind) {
    where += " AND m.kind = ?";
    params->emplace_back(std::string(kind_code(*q.kind)));
  }
  return where;
}

Error not_found() {
  return Error::make(ErrorKind::kNotFound, "message.not_found", "消息不存在", "Message not found");
}

}  // namespace

std::string_view kind_code(MessageKind k) {
  for (const auto& n : kKinds)
    if (n.kind == k) return n.code;
  return "notice";
}

std::optional<MessageKind> kind_from_code(std::string_view code) {
  for (const auto& n : kKinds)
    if (n.code == code) return n.kind;
  return std::nullopt;
}

std::optional<StatusFilter> status_from_code(std::string_view code) {
  if (code == "open") return StatusFilter::kOpen;
  if (code == "unread") return StatusFilter::kUnread;
  if (code == "all") return StatusFilter::kAll;
  return std::nullopt;
}

Result<SyncTally> sync_feed(store::Connection& conn, const std::string& source, const std::vector<Reminder>& reminders,
                            int64_t now_ms) {
  SyncTally tally;
  // What is stored for this feed: (account, key) → resolved?
  std::map<std::pair<int64_t, std::string>, bool> stored;
  QF_TRY(auto known, conn.query(store::sql(conn, "messages/keys_of_source"), {source}));
  for (const auto& r : known) stored[{r.i64("account_id"), r.text("event_key")}] = !r.is_null("resolved_at");

  std::set<std::pair<int64_t, std::string>> current;
  for (const Reminder& m : reminders) {
    auto key = std::make_pair(m.account_id, m.event_key);
    if (!current.insert(key).second) continue;
    auto it = stored.find(key);
    if (it == stored.end()) {
      QF_TRY_STATUS(notify(conn, source, m, now_ms));
      ++tally.created;
    } else if (it->second) {
      QF_TRY(int64_t n, conn.execute(store::sql(conn, "messages/reopen"), {now_ms, m.account_id, m.event_key}));
      tally.reopened += n;
    }
  }
  QF_TRY(auto open, conn.query(store::sql(conn, "messages/open_of_source"), {source}));
  for (const auto& r : open) {
    if (current.count({r.i64("account_id"), r.text("event_key")})) continue;
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "messages/resolve"), {now_ms, r.i64("id")}));
    tally.resolved += n;
  }
  return tally;
}

Status notify(store::Connection& conn, const std::string& source, const Reminder& m, int64_t now_ms) {
  QF_TRY_STATUS(conn.execute(store::sql(conn, "messages/insert"),
                             {m.account_id, std::string(kind_code(m.kind)), source, m.event_key, m.title_zh,
                              m.title_en, m.link, m.object_type, m.object_id, opt_value(m.due_date), now_ms}));
  return {};
}

Result<std::pair<std::vector<Message>, int64_t>> list_messages(store::Connection& conn, int64_t account_id,
                                                               const ListQuery& q) {
  Params filter;
  const std::string where = list_condition(q, &filter);
  Params count_params{account_id};
  count_params.insert(count_params.end(), filter.begin(), filter.end());
  QF_TRY(auto total_row,
         conn.query_one(org::splice(store::sql(conn, "messages/count"), "/*WHERE*/", where), count_params));
  Params list_params = count_params;
  list_params.emplace_back(q.limit);
  list_params.emplace_back(q.offset);
  QF_TRY(auto rs, conn.query(org::splice(store::sql(conn, "messages/list"), "/*WHERE*/", where), list_params));
  std::vector<Message> out;
  out.reserve(rs.size());
  for (const auto& r : rs) out.push_back(message_from_row(r));
  return std::make_pair(std::move(out), total_row.i64("n"));
}

Result<Summary> summary(store::Connection& conn, int64_t account_id) {
  Summary s;
  QF_TRY(auto rs, conn.query(store::sql(conn, "messages/summary"), {account_id}));
  for (const auto& r : rs) {
    const int64_t n = r.i64("n");
    s.open += n;
    s.unread += r.i64("unread");
    switch (kind_from_code(r.text("kind")).value_or(MessageKind::kNotice)) {
      case MessageKind::kTodo: s.todo += n; break;
      case MessageKind::kDueSoon: s.due_soon += n; break;
      case MessageKind::kOverdue: s.overdue += n; break;
      case MessageKind::kNotice: s.notice += n; break;
    }
  }
  return s;
}

Result<Message> mark_read(store::Connection& conn, int64_t account_id, int64_t message_id, int64_t now_ms) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "messages/get"), {message_id, account_id}));
  if (rs.empty()) return not_found();
  QF_TRY_STATUS(conn.execute(store::sql(conn, "messages/mark_read"), {now_ms, message_id, account_id}));
  QF_TRY(auto row, conn.query_one(store::sql(conn, "messages/get"), {message_id, account_id}));
  return message_from_row(row);
}

Result<int64_t> mark_all_read(store::Connection& conn, int64_t account_id, int64_t now_ms) {
  return conn.execute(store::sql(conn, "messages/mark_all_read"), {now_ms, account_id});
}

Result<std::vector<int64_t>> accounts_with_roles(store::Connection& conn, const std::vector<std::string>& role_codes) {
  std::vector<int64_t> out;
  if (role_codes.empty()) return out;
  std::string cond = "g.role IN (";
  Params p;
  for (size_t i = 0; i < role_codes.size(); ++i) {
    cond += i ? ", ?" : "?";
    p.emplace_back(role_codes[i]);
  }
  cond += ")";
  QF_TRY(auto rs, conn.query(org::splice(store::sql(conn, "messages/accounts_with_roles"), "/*WHERE*/", cond), p));
  for (const auto& r : rs) out.push_back(r.i64("id"));
  return out;
}

Result<std::vector<int64_t>> accounts_with_permission(store::Connection& conn, std::string_view permission) {
  std::vector<std::string> roles;
  for (auth::Role r : auth::all_roles()) {
    const auto perms = auth::permissions_of(r);
    if (std::find(perms.begin(), perms.end(), permission) != perms.end()) roles.emplace_back(auth::role_code(r));
  }
  return accounts_with_roles(conn, roles);
}

}  // namespace qf::messages

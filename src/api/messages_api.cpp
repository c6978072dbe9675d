// The message centre (站内消息/待办), /api/v1/messages…: every signed-in account reads
// its own inbox (the three administrators too: the calendar maintainer is told of a
// missing year). Another account's message answers exactly like an absent one.
//
// The messages come from the modules' feeds (domain/messages/feed.h), which this file
// runs — "sweeps" — before it answers, when the last sweep of this process is older
// than [messages] sweep_interval_seconds of the server clock, or a state-changing
// request has succeeded in this process since (so a signature leaves the signer's list
// at once). One sweep at a time per process; a request that finds one running waits for
// it and does not start another. Several processes on one database may sweep
// concurrently: the unique (account, event) pair keeps them from duplicating messages.
//
// One named handler per endpoint; the registration at the end is the route table.
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>

#include "api/api.h"
#include "domain/messages/inbox.h"
#include "domain/messages/messages_config.h"

QF_REGISTER_CONFIG_SECTION("messages");

namespace qf::api {
namespace {

// Runs the feeds of one server process (see the header comment).
class Sweeper {
 public:
  explicit Sweeper(int64_t interval_ms) : interval_ms_(interval_ms) {}

  void run_if_due(AppContext& app) {
    const int64_t changes = app.changes.load(std::memory_order_relaxed);
    std::lock_guard lk(mutex_);
    const int64_t now = app.clock->now_ms();
    if (ran_ && changes == changes_seen_ && now >= last_ms_ && now - last_ms_ < interval_ms_) return;
    ran_ = true;
    last_ms_ = now;
    changes_seen_ = changes;
    const messages::FeedContext ctx{now, Date::from_unix_ms(now)};
    for (const messages::Feed& feed : app.feeds.feeds()) {
      auto tally = app.db->transaction([&](store::Connection& conn) -> Result<messages::SyncTally> {
        QF_TRY(auto reminders, feed.collect(conn, ctx));
        return messages::sync_feed(conn, feed.source, reminders, now);
      });
      // A failing feed must not take the inbox down with it: the others still run.
      if (!tally.ok()) {
        spdlog::error("messages: feed {} failed: {}", feed.source, tally.error().to_string());
      } else if (tally->created || tally->resolved || tally->reopened) {
        spdlog::debug("messages: feed {}: {} new, {} resolved, {} reopened", feed.source, tally->created,
                      tally->resolved, tally->reopened);
      }
    }
  }

 private:
  const int64_t interval_ms_;
  std::mutex mutex_;
  bool ran_ = false;
  int64_t last_ms_ = 0;
  int64_t changes_seen_ = 0;
};

json message_json(const messages::Message& m) {
  return json{{"id", m.id},
              {"kind", std::string(messages::kind_code(m.kind))},
              {"source", m.source},
              {"title_zh", m.title_zh},
              {"title_en", m.title_en},
              {"link", m.link},
              {"object_type", m.object_type},
              {"object_id", m.object_id},
              {"due_date", m.due_date ? json(*m.due_date) : json(nullptr)},
              {"created_at", m.created_at},
              {"read_at", m.read_at ? json(*m.read_at) : json(nullptr)},
              {"resolved_at", m.resolved_at ? json(*m.resolved_at) : json(nullptr)}};
}

Result<messages::ListQuery> list_query(const Call& c) {
  QF_TRY(Paging paging, c.paging());
  messages::ListQuery q;
  q.offset = paging.offset();
  q.limit = paging.page_size;
  if (auto s = c.req.query_param("status"); s && !s->empty()) {
    auto status = messages::status_from_code(*s);
    if (!status)
      return Error::invalid("message.invalid", "参数 status 应为 open、unread 或 all",
                            "Parameter status must be open, unread or all", "status");
    q.status = *status;
  }
  if (auto k = c.req.query_param("kind"); k && !k->empty()) {
    auto kind = messages::kind_from_code(*k);
    if (!kind)
      return Error::invalid("message.invalid", "参数 kind 应为 todo、due_soon、overdue 或 notice",
                            "Parameter kind must be todo, due_soon, overdue or notice", "kind");
    q.kind = *kind;
  }
  return q;
}

// GET /messages
Result<std::pair<json, int64_t>> list_messages(Call& c, Sweeper& sweeper) {
  QF_TRY(messages::ListQuery q, list_query(c));
  sweeper.run_if_due(c.app);
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, messages::list_messages(lease.get(), c.who().account_id, q));
  json items = json::array();
  for (const auto& m : r.first) items.push_back(message_json(m));
  return std::make_pair(std::move(items), r.second);
}

// GET /messages/summary
Result<json> message_summary(Call& c, Sweeper& sweeper) {
  sweeper.run_if_due(c.app);
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(messages::Summary s, messages::summary(lease.get(), c.who().account_id));
  return json{{"unread", s.unread},     {"open", s.open},       {"todo", s.todo},
              {"due_soon", s.due_soon}, {"overdue", s.overdue}, {"notice", s.notice}};
}

// POST /messages/{id}/read
Result<json> mark_message_read(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  c.audit_object_type = "message";
  c.audit_object_id = std::to_string(id);
  QF_TRY(messages::Message m, c.tx([&](store::Connection& conn) {
           return messages::mark_read(conn, c.who().account_id, id, c.now_ms());
         }));
  return message_json(m);
}

// POST /messages/read-all
Result<json> mark_all_messages_read(Call& c) {
  c.audit_object_type = "message";
  QF_TRY(int64_t n, c.tx([&](store::Connection& conn) {
           return messages::mark_all_read(conn, c.who().account_id, c.now_ms());
         }));
  return json{{"marked", n}};
}

void register_messages(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("messages");
  auto cfg = messages::MessagesConfig::from_toml(section.toml, section.source);
  if (!cfg.ok()) {
    // A bad [messages] section stops `qingfeng serve` before it listens.
    std::fprintf(stderr, "%s\n%s\n", cfg.error().message_zh.c_str(), cfg.error().message_en.c_str());
    std::exit(2);
  }
  auto sweeper = std::make_shared<Sweeper>(cfg->sweep_interval_seconds * 1000);

  RouteSpec list{"我的消息（待办、即将到期、已逾期、通知）", "My messages (to-dos, due soon, overdue, notices)", "",
                 "", "",
                 R"({"data":[{"id":7,"kind":"overdue","source":"clues.deadline","title_zh":"线索 〔2026〕线索第3号「提出处置意见」办理期限 2026-05-06 已逾期","link":"/supervision/clues/3","due_date":"2026-05-06","read_at":null,"resolved_at":null}],"meta":{"page":1,"page_size":20,"total":1}})"};
  RouteSpec summary{"我的消息计数", "Counts of my open messages", "", "", "",
                    R"({"data":{"unread":3,"open":5,"todo":2,"due_soon":1,"overdue":2,"notice":0}})"};
  RouteSpec read{"标记消息为已读", "Mark a message read", "", "message.read"};
  read.quiet = true;
  RouteSpec read_all{"全部消息标为已读", "Mark every message read", "", "message.read_all"};
  read_all.quiet = true;

  routes.list_route("/messages", list, [sweeper](Call& c) { return list_messages(c, *sweeper); });
  routes.get("/messages/summary", summary, [sweeper](Call& c) { return message_summary(c, *sweeper); });
  routes.post("/messages/{id}/read", read, mark_message_read);
  routes.post("/messages/read-all", read_all, mark_all_messages_read);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_messages);

// Integrity-talk endpoints (/api/v1/talks…, docs/modules/supervision-api.md): the talk
// register with filters and XLSX export, one talk, record / edit / archive (audited in
// the same transaction, before → after), and the pending list (应谈未谈) of people
// promoted, transferred or appointed without the required talk ([talks] config).
// Reads need talk.read, changes talk.manage. A talk's clue id is shown only to those
// who may see the clue (need-to-know); others get null and never learn it exists.
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>

#include "api/api.h"
#include "domain/org/data_scope.h"
#include "domain/talks/talk_messages.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "core/calendar.h"
#include "domain/auth/permissions.h"
#include "domain/org/people.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "domain/talks/clue_visibility.h"
#include "domain/talks/pending_talks.h"
#include "domain/talks/talk_config.h"
#include "domain/talks/talk_export.h"
#include "domain/talks/talk_kind.h"
#include "domain/talks/talk_record.h"
#include "domain/talks/talk_seal.h"

namespace qf::api {
namespace {

using auth::perm::kTalkManage;
using auth::perm::kTalkRead;

Result<std::string> query_date(const Call& c, const char* name) {
  auto v = c.req.query_param(name);
  if (!v || v->empty()) return std::string();
  auto d = Date::parse(*v, name);
  if (!d.ok()) {
    return Error::invalid("request.date", fmt::format("参数 {} 应为日期 YYYY-MM-DD", name),
                          fmt::format("{} must be a date YYYY-MM-DD", name), name);
  }
  return *v;
}

std::string today_of(const Call& c) { return org::beijing_date(c.now_ms()); }

// The [talks] section, read from the configuration file itself when it has one (so
// errors name the real file and line), else from the section text Config kept.
Result<talks::TalkConfig> talk_config_of(const Config& config) {
  auto section = config.module_section("talks");
  return talks::TalkConfig::from_toml(section.toml, section.source);
}

Result<talks::TalkConfig> talk_config(const Call& c) { return talk_config_of(c.app.config); }

// The server key that seals talk summaries and follow-ups (domain/talks/talk_seal.h).
Result<auth::ServerKey> talk_key(const Call& c) { return talks::talk_key(c.app.config.security.secret_key_file); }

// The clue id of a talk, for this reader: null unless the reader may see the clue.
Result<json> clue_for(store::Connection& conn, const Call& c, const std::optional<int64_t>& clue_id) {
  if (!clue_id) return json(nullptr);
  auto visible = talks::can_see_clue(conn, c.who(), *clue_id);
  if (!visible.ok() || !*visible) return json(nullptr);
  return json(*clue_id);
}

Result<json> talk_json(store::Connection& conn, const Call& c, const talks::IntegrityTalk& t) {
  json parts = json::array();
  for (const auto& p : t.participants) {
    parts.push_back({{"person_id", nullable(p.person_id)},
                     {"name", p.name},
                     {"department_id", nullable(p.department_id)},
                     {"department_name", p.department_name},
                     {"position_name", p.position_name}});
  }
  QF_TRY(json clue, clue_for(conn, c, t.clue_id));
  return json{{"id", t.id},
              {"kind", std::string(talks::code_of(t.kind))},
              {"talk_date", t.talk_date},
              {"talker_person_id", nullable(t.talker_person_id)},
              {"talker_name", t.talker_name},
              {"location", t.location},
              {"summary", t.summary},
              {"follow_up", t.follow_up},
              {"clue_id", clue},
              // Only for a reader who may see the clue: "linked to a clue" alone would tell
              // the personnel office or the Party secretary that a clue exists about someone.
              {"has_clue", !clue.is_null()},
              {"participants", std::move(parts)},
              {"archived", t.archived_at.has_value()},
              {"archived_at", nullable(t.archived_at)},
              {"archive_reason", t.archive_reason},
              {"created_by", nullable(t.created_by)},
              {"created_at", t.created_at},
              {"updated_at", t.updated_at}};
}

Result<talks::TalkQuery> talk_query(const Call& c, bool paged) {
  talks::TalkQuery q;
  if (auto k = c.req.query_param("kind"); k && !k->empty()) {
    q.kind = talks::talk_kind_from_code(*k);
    if (!q.kind) {
      return Error::invalid("request.kind", "参数 kind 不是谈话种类（字典 talk.kind）",
                            "kind is not a talk kind (dictionary talk.kind)", "kind");
    }
  }
  QF_TRY(q.from, query_date(c, "from"));
  QF_TRY(q.to, query_date(c, "to"));
  QF_TRY(q.person_id, query_id(c, "person_id"));
  QF_TRY(q.department_id, query_id(c, "department_id"));
  if (auto v = c.req.query_param("q")) q.q = *v;
  if (auto v = c.req.query_param("include_archived")) q.include_archived = *v == "true" || *v == "1";
  QF_TRY(Paging pg, c.paging({}));
  if (paged) {
    q.limit = pg.page_size;
    q.offset = pg.offset();
  } else {
    q.limit = 0;
  }
  return q;
}

// The body of POST /talks and PUT /talks/{id}.
Result<talks::TalkInput> talk_input(const Call& c, store::Connection& conn) {
  QF_TRY(json b, c.body());
  if (!b.is_object()) {
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  }
  talks::TalkInput in;
  in.kind = text_field(b, "kind");
  in.talk_date = text_field(b, "talk_date");
  QF_TRY(in.talker_person_id, id_field(b, "talker_person_id"));
  in.talker_name = text_field(b, "talker_name");
  in.location = text_field(b, "location");
  in.summary = text_field(b, "summary");
  in.follow_up = text_field(b, "follow_up");
  QF_TRY(in.clue_id, id_field(b, "clue_id"));
  if (auto it = b.find("participants"); it != b.end() && !it->is_null()) {
    if (!it->is_array()) {
      return Error::invalid("request.participants", "participants 应为谈话对象列表",
                            "participants must be a list of participants", "participants");
    }
    for (size_t i = 0; i < it->size(); ++i) {
      const json& p = (*it)[i];
      std::string field = "participants[" + std::to_string(i) + "]";
      if (!p.is_object()) {
        return Error::invalid("request.participants", field + " 应为对象 {person_id, name}",
                              field + " must be an object {person_id, name}", field);
      }
      talks::TalkInput::Participant part;
      QF_TRY(part.person_id, id_field(p, "person_id"));
      part.name = text_field(p, "name");
      in.participants.push_back(std::move(part));
    }
  }
  // A clue the caller cannot see is answered exactly like one that does not exist.
  if (in.clue_id) {
    QF_TRY(bool visible, talks::can_see_clue(conn, c.who(), *in.clue_id));
    if (!visible) {
      return Error::invalid("talk.bad_clue", "关联的问题线索不存在", "The linked problem clue does not exist", "clue_id");
    }
  }
  return in;
}

json pending_json(const talks::PendingTalk& p) {
  return json{{"event_id", p.event_id},
              {"person_id", p.person_id},
              {"name", p.name},
              {"department_id", nullable(p.department_id)},
              {"department_name", p.department_name},
              {"event_kind", p.event_kind},
              {"effective_date", p.effective_date},
              {"due_on", p.due_on},
              {"overdue", p.overdue}};
}

void register_talks(Routes& routes, AppContext& app) {
  if (auto parsed = talk_config_of(app.config); !parsed.ok()) {
    // A bad [talks] section stops `qingfeng serve` before it listens (as [clues] does),
    // instead of surfacing at the first /talks/pending request.
    std::fprintf(stderr, "%s\n%s\n", parsed.error().message_zh.c_str(), parsed.error().message_en.c_str());
    std::exit(2);
  }
  talks::register_talk_dictionaries();
  // The dashboard: how many talks are owed, counted by the [talks] rule itself, so the
  // figure equals the pending list it links to (talk.read holders).
  app.dashboard.push_back([](store::Connection& conn, const Call& c, DashboardParts& parts) -> Status {
    if (!c.who().can(kTalkRead)) return {};
    QF_TRY(talks::TalkConfig cfg, talk_config(c));
    QF_TRY(auto pending, talks::load_pending_talks(conn, cfg, today_of(c)));
    int64_t overdue = 0;
    for (const auto& p : pending) overdue += p.overdue ? 1 : 0;
    parts.pending.push_back(json{{"key", "talks.pending"},
                                 {"title_zh", fmt::format("应谈未谈人员（提拔、转任、任职后 {} 天内应谈话；已逾期 {} 人）",
                                                          cfg.required_within_days, overdue)},
                                 {"title_en", fmt::format("People owing an integrity talk (due within {} days of a "
                                                          "promotion, transfer or appointment; {} overdue)",
                                                          cfg.required_within_days, overdue)},
                                 {"count", static_cast<int64_t>(pending.size())},
                                 {"link", "/supervision/talks/pending"}});
    return {};
  });
  // The message centre: talks still owed, to the talk recorders whose scope has the person.
  app.feeds.add({talks::kPendingTalkFeed, [cfg = talk_config_of(app.config).value()](
                                              store::Connection& conn, const messages::FeedContext& f) {
                   return talks::pending_talk_reminders(conn, cfg, f.today.to_string(), f.now_ms);
                 }});

  routes.list_route(
      "/talks",
      RouteSpec{"廉政谈话列表", "Integrity talks", std::string(kTalkRead), "", "",
                R"({"data":[{"id":1,"kind":"collective_new_cadre","talk_date":"2026-03-20","talker_name":"王纪","participants":[{"person_id":12,"name":"张三","department_name":"规划处","position_name":"科长"}]}],"meta":{"page":1,"page_size":20,"total":1}})"},
      [](Call& c) -> Result<std::pair<json, int64_t>> {
        QF_TRY(talks::TalkQuery q, talk_query(c, true));
        q.reader = &c.who();
        QF_TRY(auth::ServerKey key, talk_key(c));
        QF_TRY(auto lease, c.app.db->acquire());
        QF_TRY(auto r, talks::list_talks(lease.get(), key, q));
        json items = json::array();
        for (const auto& t : r.first) {
          QF_TRY(json j, talk_json(lease.get(), c, t));
          items.push_back(std::move(j));
        }
        return std::make_pair(std::move(items), r.second);
      });

  routes.raw_route("GET", "/talks/export", RouteSpec{"导出廉政谈话", "Export integrity talks", std::string(kTalkRead)},
                   [](Call& c) -> Result<http::Response> {
                     QF_TRY(talks::TalkQuery q, talk_query(c, false));
                     q.reader = &c.who();
                     QF_TRY(auth::ServerKey key, talk_key(c));
                     QF_TRY(auto lease, c.app.db->acquire());
                     QF_TRY(auto r, talks::list_talks(lease.get(), key, q));
                     store::Connection& conn = lease.get();
                     auto show = [&](int64_t clue_id) {
                       auto v = talks::can_see_clue(conn, c.who(), clue_id);
                       return v.ok() && *v;
                     };
                     spreadsheet::XlsxSheet sheet = talks::talks_sheet(r.first, show);
                     const std::string filter =
                         filter_words(conn, c,
                                      {{"kind", "谈话种类", FilterWord::Kind::kDictionary, "talk.kind"},
                                       {"department_id", "部门", FilterWord::Kind::kDepartment},
                                       {"from", "起"},
                                       {"to", "止"},
                                       {"q", "关键字"},
                                       {"include_archived", "含已归档", FilterWord::Kind::kBool}});
                     ledger_layout(conn, c, sheet, "廉政谈话台账", filter);
                     QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
                     return xlsx_response(std::move(bytes), "廉政谈话.xlsx");
                   });

  routes.get("/talks/pending",
             RouteSpec{"应谈未谈人员（提拔、转任、任职后未按期谈话）",
                       "People owing an integrity talk after a promotion, transfer or appointment", std::string(kTalkRead),
                       "", "",
                       R"({"data":[{"person_id":12,"name":"张三","department_name":"规划处","event_kind":"promote","effective_date":"2026-03-01","due_on":"2026-03-31","overdue":true}]})"},
             [](Call& c) -> Result<json> {
               QF_TRY(talks::TalkConfig cfg, talk_config(c));
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(auto pending, talks::load_pending_talks(lease.get(), cfg, today_of(c)));
               json arr = json::array();
               for (const auto& p : pending)  // people in the reader's data scope only (department on the event)
                 if (org::can_see_person(c.who(), p.person_id, p.department_id, std::nullopt)) arr.push_back(pending_json(p));
               return arr;
             });

  routes.get("/talks/{id}", RouteSpec{"廉政谈话详情", "An integrity talk", std::string(kTalkRead)},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(auth::ServerKey key, talk_key(c));
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(talks::IntegrityTalk t, talks::get_talk(lease.get(), key, c.who(), id));
               return talk_json(lease.get(), c, t);
             });

  routes.post(
      "/talks",
      RouteSpec{"登记廉政谈话", "Record an integrity talk", std::string(kTalkManage), "talk.create",
                R"({"kind":"collective_new_cadre","talk_date":"2026-03-20","talker_person_id":2,"talker_name":"王纪","location":"三楼会议室","summary":"…","follow_up":"…","participants":[{"person_id":12,"name":"张三"}]})"},
      [](Call& c) -> Result<json> {
        QF_TRY(auth::ServerKey key, talk_key(c));
        return c.tx([&](store::Connection& conn) -> Result<json> {
          QF_TRY(talks::TalkInput in, talk_input(c, conn));
          QF_TRY(int64_t id, talks::create_talk(conn, key, in, today_of(c), c.who().account_id, c.now_ms()));
          QF_TRY(talks::IntegrityTalk t, talks::get_talk(conn, key, id));
          c.audit_object_type = "talk";
          c.audit_object_id = std::to_string(id);
          c.audit_summary = "登记 " + talks::talk_summary(t);
          return talk_json(conn, c, t);
        });
      });

  routes.put("/talks/{id}", RouteSpec{"修改廉政谈话", "Edit an integrity talk", std::string(kTalkManage), "talk.update"},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(auth::ServerKey key, talk_key(c));
               return c.tx([&](store::Connection& conn) -> Result<json> {
                 QF_TRY(talks::IntegrityTalk before, talks::get_talk(conn, key, c.who(), id));
                 QF_TRY(talks::TalkInput in, talk_input(c, conn));
                 QF_TRY_STATUS(talks::update_talk(conn, key, id, in, today_of(c), c.now_ms()));
                 QF_TRY(talks::IntegrityTalk after, talks::get_talk(conn, key, id));
                 c.audit_object_type = "talk";
                 c.audit_object_id = std::to_string(id);
                 std::string b = talks::talk_summary(before), a = talks::talk_summary(after);
                 c.audit_summary = b == a && before.summary == after.summary && before.follow_up == after.follow_up
                                       ? "修改 " + a + "（无变化）"
                                       : "修改前：" + b + (before.summary != after.summary ? "（要点已修改）" : "") +
                                             (before.follow_up != after.follow_up ? "（后续跟进已修改）" : "") +
                                             " → 修改后：" + a;
                 return talk_json(conn, c, after);
               });
             });

  routes.post("/talks/{id}/archive",
              RouteSpec{"归档廉政谈话（不删除）", "Archive an integrity talk (never deleted)", std::string(kTalkManage),
                        "talk.archive", R"({"reason":"重复登记"})"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                QF_TRY(json b, c.body());
                std::string reason = b.is_object() ? text_field(b, "reason") : std::string();
                QF_TRY(auth::ServerKey key, talk_key(c));
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(talks::IntegrityTalk seen, talks::get_talk(conn, key, c.who(), id));
                  (void)seen;
                  QF_TRY_STATUS(talks::archive_talk(conn, id, reason, c.now_ms()));
                  QF_TRY(talks::IntegrityTalk t, talks::get_talk(conn, key, id));
                  c.audit_object_type = "talk";
                  c.audit_object_id = std::to_string(id);
                  c.audit_summary = "归档 " + talks::talk_summary(t) + "（原因记于谈话记录）";
                  return talk_json(conn, c, t);
                });
              });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_talks);

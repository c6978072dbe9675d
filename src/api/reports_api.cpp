// Staff API of petitions and reports (信访举报), docs/modules/reports-api.md §2.
// Content is readable only with the caller's unlocked reader key: the key lives
// encrypted in report_key_sessions and the key to THAT lives only in the browser's
// qf_reports_key cookie (threat model M3). Every read of one report, an attachment or
// an identity is audited; audit summaries name register numbers and actions, never
// a field of a report. Changes run in one transaction with their audit entry.
#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "api/api.h"
#include "domain/reports/report_messages.h"
#include "api/public_api_body.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "domain/auth/permissions.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/clue_enums.h"
#include "domain/dictionary/dictionary.h"
#include "domain/reports/reader_keys.h"
#include "domain/reports/report_config.h"
#include "domain/reports/report_crypto.h"
#include "domain/reports/report_handling.h"
#include "domain/reports/report_intake.h"
#include "domain/reports/report_register_export.h"

namespace qf::api {
namespace {

namespace rp = qf::reports;
using auth::perm::kReportHandle;
using auth::perm::kReportIdentityApprove;
using auth::perm::kReportStats;

constexpr const char* kKeyCookie = "qf_reports_key";

struct ReportsContext {
  rp::ReportsConfig cfg;
  clues::ClueConfig clue_cfg;
};

// The list's filters (?status=&channel=&year=&real_name=, sort and paging), shared by
// the list and its export.
Result<rp::ReportListFilter> list_filter(Call& c, const Paging& pg) {
  rp::ReportListFilter f;
  f.offset = pg.offset();
  f.limit = pg.page_size;
  if (!pg.sort.empty()) {
    f.sort = pg.sort;
    f.descending = pg.descending;
  }
  if (auto s = c.req.query_param("status"); s && !s->empty()) {
    f.status = rp::status_from_code(*s);
    if (!f.status) return Error::invalid("report.invalid", "状态代码无效", "Unknown status", "status");
  }
  if (auto s = c.req.query_param("channel"); s && !s->empty()) {
    f.channel = rp::channel_from_code(*s);
    if (!f.channel) return Error::invalid("report.invalid", "渠道代码无效", "Unknown channel", "channel");
  }
  if (auto s = c.req.query_param("year"); s && !s->empty()) {
    try {
      f.year = std::stoi(*s);
    } catch (...) {
      return Error::invalid("report.invalid", "年份无效", "Invalid year", "year");
    }
  }
  if (auto s = c.req.query_param("real_name"); s && !s->empty()) f.real_name = *s == "true" || *s == "1";
  return f;
}

void register_report_dictionaries() {
  dictionary::Dictionary ch{"report.channel", "举报渠道", "Report channel", {}};
  int i = 0;
  const char* en_channels[] = {"Online", "Letter", "Visit", "Phone"};
  for (auto c : rp::all_channels())
    ch.entries.push_back({std::string(rp::channel_code(c)), std::string(rp::channel_label_zh(c)), en_channels[i], i}), ++i;
  dictionary::register_dictionary(ch);
  dictionary::Dictionary st{"report.status", "举报办理状态", "Report status", {}};
  const char* en_status[] = {"Received", "Under review", "Turned into clues", "Out of scope", "Closed",
                              "Transferred", "Kept on file"};
  i = 0;
  for (auto s : rp::all_statuses())
    st.entries.push_back({std::string(rp::status_code(s)), std::string(rp::status_label_zh(s)), en_status[i], i}), ++i;
  dictionary::register_dictionary(st);
  dictionary::Dictionary sg{"report.stage", "举报人可见进度", "Stage shown to the reporter", {}};
  i = 0;
  for (auto s : {rp::Stage::kReceived, rp::Stage::kUnderReview, rp::Stage::kInHandling, rp::Stage::kNotAccepted,
                 rp::Stage::kClosed, rp::Stage::kTransferred, rp::Stage::kFiled})
    sg.entries.push_back({std::string(rp::stage_code(s)), std::string(rp::stage_label_zh(s)),
                          std::string(rp::stage_label_en(s)), i++});
  dictionary::register_dictionary(sg);
}

std::string key_cookie(const http::Request& req, const std::string& value, bool clear) {
  std::string c = std::string(kKeyCookie) + "=" + value + "; Path=/api/v1/reports; HttpOnly; SameSite=Strict";
  if (clear) c += "; Max-Age=0";
  if (req.secure) c += "; Secure";
  return c;
}

// The caller's unlocked private key, or 423 report.key_locked.
Result<std::string> reader_secret(Call& c, store::Connection& conn) {
  auto cookie = c.req.cookie(kKeyCookie);
  return rp::session_reader_secret(conn, c.who().account_id, c.who().session_id, cookie ? *cookie : std::string());
}

Result<std::string> required_string(const json& b, const char* key, const std::string& label_zh,
                                    const std::string& label_en) {
  QF_TRY(std::string v, reports_json::optional_string(b, key, key));
  if (v.empty()) return Error::invalid("report.invalid", "请填写" + label_zh, label_en + " is required", key);
  return v;
}

json status_json(store::Connection& conn, Call& c) {
  auto st = rp::key_status(conn, c.who().account_id);
  bool unlocked = reader_secret(c, conn).ok();
  json j = {{"initialised", st.ok() && st->initialised},
            {"enrolled", st.ok() && st->enrolled},
            {"unlocked", unlocked},
            {"can_administer", c.who().can(kReportIdentityApprove)}};
  return j;
}

json accounts_json(const std::vector<rp::NamedAccount>& v) {
  json out = json::array();
  for (const auto& a : v) out.push_back({{"account_id", a.account_id}, {"display_name", a.display_name}});
  return out;
}

json reveal_json(const rp::RevealRequest& q) {
  return json{{"id", q.id},
              {"report_id", q.report_id},
              {"register_number", q.register_number},
              {"requester_id", q.requester_id},
              {"requester_name", q.requester_name},
              {"reason", q.reason},
              {"status", q.status},
              {"opinion", q.opinion},
              {"created_at", q.created_at},
              {"decided_at", q.decided_at ? json(*q.decided_at) : json(nullptr)}};
}

json detail_json(const rp::OpenedReport& o) {
  json atts = json::array();
  for (const auto& a : o.attachments)
    atts.push_back({{"id", a.id}, {"filename", a.filename}, {"content_type", a.content_type}, {"size", a.size}});
  json msgs = json::array();
  for (const auto& m : o.messages)
    msgs.push_back({{"id", m.id},
                    {"from", m.from},
                    {"author_name", m.from == "handler" ? json(m.author_name) : json(nullptr)},
                    {"text", m.text},
                    {"at", m.at},
                    {"in_reply_to", m.in_reply_to ? json(*m.in_reply_to) : json(nullptr)}});
  json clue_list = json::array();
  for (const auto& [id, number] : o.clues) clue_list.push_back({{"id", id}, {"number", number}});
  json linked = json::array();
  for (const auto& l : o.linked)
    linked.push_back({{"id", l.id}, {"register_number", l.register_number}, {"status", l.status}});
  json reveals = json::array();
  for (const auto& q : o.reveal_requests) reveals.push_back(reveal_json(q));
  return json{{"id", o.id},
              {"register_number", o.register_number},
              {"channel", rp::channel_code(o.channel)},
              {"real_name", o.real_name},
              {"status", rp::status_code(o.status)},
              {"stage", rp::stage_code(rp::stage_of(o.status))},
              {"received_on", o.received_on},
              {"reported",
               {{"name", o.matter.reported_name}, {"unit", o.matter.reported_unit}, {"position", o.matter.reported_position}}},
              {"matter", o.matter.matter},
              {"time_place", o.matter.time_place},
              {"evidence", o.matter.evidence},
              {"identity_sealed", o.identity_sealed},
              {"has_query_code", o.has_query_code},
              {"awaiting_reply", o.awaiting_reply},
              {"attachments", atts},
              {"messages", msgs},
              {"assignees", accounts_json(o.assignees)},
              {"clues", clue_list},
              {"out_of_scope_reason", o.out_of_scope_reason ? json(*o.out_of_scope_reason) : json(nullptr)},
              {"filed_reason", o.filed_reason ? json(*o.filed_reason) : json(nullptr)},
              {"transfer", o.transfer ? json{{"unit", o.transfer->unit},
                                             {"document_number", o.transfer->document_number},
                                             {"transferred_on", o.transfer->transferred_on}}
                                      : json(nullptr)},
              {"person_link", o.person_link ? json{{"person_id", o.person_link->person_id},
                                                   {"name", o.person_link->name},
                                                   {"department_name", o.person_link->department_name},
                                                   {"position_name", o.person_link->position_name},
                                                   {"exists", o.person_link->exists}}
                                            : json(nullptr)},
              {"feedback", o.feedback ? json(*o.feedback) : json(nullptr)},
              {"linked", linked},
              {"reveal_requests", reveals},
              {"created_at", o.created_at},
              {"updated_at", o.updated_at}};
}

Result<json> opened_detail(Call& c, store::Connection& conn, int64_t id) {
  QF_TRY(std::string secret, reader_secret(c, conn));
  auto o = rp::open_report(conn, c.who(), secret, id);
  rp::wipe(secret);
  if (!o.ok()) return o.take_error();
  return detail_json(*o);
}

Result<std::vector<rp::ClueFromReport>> clues_of_body(const json& b) {
  std::vector<rp::ClueFromReport> out;
  auto it = b.find("clues");
  if (it == b.end() || !it->is_array())
    return Error::invalid("report.invalid", "请列出要形成的问题线索", "List the problem clues to register", "clues");
  for (size_t i = 0; i < it->size(); ++i) {
    const json& c = (*it)[i];
    const std::string f = "clues[" + std::to_string(i) + "]";
    if (!c.is_object()) return Error::invalid("report.invalid", "线索格式不正确", "The clue is not well formed", f);
    rp::ClueFromReport x;
    QF_TRY(std::string cat, reports_json::optional_string(c, "category", f + ".category"));
    if (!cat.empty()) {
      auto parsed = clues::enum_from_code<clues::DisciplineCategory>(cat);
      if (!parsed) return Error::invalid("report.invalid", "违纪类别代码无效", "Unknown discipline category", f + ".category");
      x.category = *parsed;
    }
    QF_TRY(x.matter, reports_json::optional_string(c, "matter", f + ".matter"));
    if (auto ps = c.find("persons"); ps != c.end() && ps->is_array()) {
      for (size_t k = 0; k < ps->size(); ++k) {
        const json& p = (*ps)[k];
        const std::string pf = f + ".persons[" + std::to_string(k) + "]";
        clues::ReportedPerson person;
        if (auto pid = p.find("person_id"); pid != p.end() && pid->is_number_integer()) person.person_id = pid->get<int64_t>();
        QF_TRY(person.name, reports_json::optional_string(p, "name", pf + ".name"));
        QF_TRY(person.position, reports_json::optional_string(p, "position", pf + ".position"));
        x.persons.push_back(std::move(person));
      }
    }
    if (auto as = c.find("assignments"); as != c.end() && as->is_array()) {
      for (size_t k = 0; k < as->size(); ++k) {
        const json& a = (*as)[k];
        const std::string af = f + ".assignments[" + std::to_string(k) + "]";
        if (!a.is_object() || !a.contains("account_id") || !a["account_id"].is_number_integer())
          return Error::invalid("report.invalid", "指派人员无效", "The assignment is not valid", af);
        QF_TRY(std::string part, reports_json::optional_string(a, "part", af + ".part"));
        auto role = clues::enum_from_code<clues::ClueActorRole>(part.empty() ? "handler" : part);
        if (!role) return Error::invalid("report.invalid", "承办角色无效", "Unknown part", af + ".part");
        x.assignments.emplace_back(a["account_id"].get<int64_t>(), *role);
      }
    }
    out.push_back(std::move(x));
  }
  return out;
}

void register_reports(Routes& routes, AppContext& app) {
  auto cfg = rp::ReportsConfig::load(app.config);
  if (!cfg.ok()) {
    std::fprintf(stderr, "%s\n%s\n", cfg.error().message_zh.c_str(), cfg.error().message_en.c_str());
    std::exit(2);
  }
  auto clue_section = app.config.module_section("clues");
  auto clue_cfg = clues::ClueConfig::from_toml(clue_section.toml, clue_section.source);
  auto ctx = std::make_shared<ReportsContext>(
      ReportsContext{std::move(cfg).value(), clue_cfg.ok() ? std::move(clue_cfg).value() : clues::ClueConfig{}});
  register_report_dictionaries();
  // The message centre: new reports to the discipline secretary, assigned ones to their handlers.
  app.feeds.add({rp::kTriageFeed, [](store::Connection& conn, const messages::FeedContext&) {
                   return rp::triage_reminders(conn);
                 }});
  app.feeds.add({rp::kAssignedFeed, [](store::Connection& conn, const messages::FeedContext&) {
                   return rp::assignment_reminders(conn);
                 }});
  const std::string handle(kReportHandle), approve(kReportIdentityApprove), stats(kReportStats);

  // ---- keys ----------------------------------------------------------------------------
  routes.get("/reports/keys/status", RouteSpec{"阅读密钥状态", "Reader key status", handle},
             [](Call& c) -> Result<json> {
               QF_TRY(auto lease, c.app.db->acquire());
               return status_json(lease.get(), c);
             });
  routes.post("/reports/keys/init",
              RouteSpec{"初始化信访举报密钥（生成恢复码）", "Set up the report keys (recovery code)", approve,
                        "report.keys_init", R"({"password":"…"})", R"({"data":{"recovery_code":"ABCD-…"}})"},
              [](Call& c) -> Result<json> {
                QF_TRY(json b, c.body());
                QF_TRY(std::string pw, required_string(b, "password", "密码", "The password"));
                c.audit_object_type = "report_keys";
                c.audit_summary = "初始化信访举报密钥，恢复码已交纪委书记 / report keys set up";
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(std::string code,
                         rp::init_keys(conn, c.app.config.security, c.who().account_id, pw, c.now_ms()));
                  return json{{"recovery_code", code}};
                });
              });
  routes.post("/reports/keys/enrol",
              RouteSpec{"建立本人阅读密钥", "Create my reader key", handle, "report.key_enrol", R"({"password":"…"})"},
              [](Call& c) -> Result<json> {
                QF_TRY(json b, c.body());
                QF_TRY(std::string pw, required_string(b, "password", "密码", "The password"));
                c.audit_object_type = "report_keys";
                c.audit_object_id = std::to_string(c.who().account_id);
                c.audit_summary = "建立阅读密钥 / reader key created";
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY_STATUS(rp::enrol_reader(conn, c.app.config.security, c.who().account_id, pw, c.now_ms()));
                  return status_json(conn, c);
                });
              });
  routes.raw_route(
      "POST", "/reports/keys/unlock",
      RouteSpec{"解锁本人阅读密钥", "Unlock my reader key", handle, "report.key_unlock", R"({"password":"…"})"},
      [](Call& c) -> Result<http::Response> {
        QF_TRY(json b, c.body());
        QF_TRY(std::string pw, required_string(b, "password", "密码", "The password"));
        c.audit_object_type = "report_keys";
        c.audit_object_id = std::to_string(c.who().account_id);
        c.audit_summary = "解锁阅读密钥 / reader key unlocked";
        QF_TRY(std::string cookie, c.tx([&](store::Connection& conn) -> Result<std::string> {
                 return rp::unlock_reader_key(conn, c.who().account_id, c.who().session_id, pw, c.now_ms());
               }));
        json data = {{"initialised", true}, {"enrolled", true}, {"unlocked", true},
                     {"can_administer", c.who().can(kReportIdentityApprove)}};
        http::Response res = http::Response::text(200, json{{"data", data}}.dump(), "application/json; charset=utf-8");
        res.headers.emplace_back("Set-Cookie", key_cookie(c.req, cookie, false));
        rp::wipe(cookie);
        return res;
      });
  routes.raw_route("POST", "/reports/keys/lock",
                   RouteSpec{"锁定本人阅读密钥", "Lock my reader key", handle, "report.key_lock"},
                   [](Call& c) -> Result<http::Response> {
                     c.audit_object_type = "report_keys";
                     c.audit_object_id = std::to_string(c.who().account_id);
                     QF_TRY_STATUS(c.tx([&](store::Connection& conn) -> Status {
                       return rp::lock_reader_key(conn, c.who().session_id);
                     }));
                     json data = {{"unlocked", false}};
                     http::Response res =
                         http::Response::text(200, json{{"data", data}}.dump(), "application/json; charset=utf-8");
                     res.headers.emplace_back("Set-Cookie", key_cookie(c.req, "", true));
                     return res;
                   });
  routes.post("/reports/keys/recover",
              RouteSpec{"用恢复码恢复阅读密钥", "Recover with the recovery code", approve, "report.keys_recover",
                        R"({"recovery_code":"…","password":"…"})"},
              [](Call& c) -> Result<json> {
                QF_TRY(json b, c.body());
                QF_TRY(std::string code, required_string(b, "recovery_code", "恢复码", "The recovery code"));
                QF_TRY(std::string pw, required_string(b, "password", "密码", "The password"));
                c.audit_object_type = "report_keys";
                c.audit_object_id = std::to_string(c.who().account_id);
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(int64_t n, rp::recover_with_code(conn, c.app.config.security, c.who().account_id, code, pw,
                                                          c.now_ms()));
                  c.audit_summary = fmt::format("以恢复码重新授权 {} 件举报 / recovered {} reports", n, n);
                  json s = status_json(conn, c);
                  s["recovered_reports"] = n;
                  return s;
                });
              });
  routes.get("/reports/readers", RouteSpec{"已建立密钥的阅读人员", "Enrolled readers", approve},
             [](Call& c) -> Result<json> {
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(auto readers, rp::list_readers(lease.get()));
               json out = json::array();
               for (const auto& r : readers)
                 out.push_back({{"account_id", r.account_id},
                                {"display_name", r.display_name},
                                {"username", r.username},
                                {"enrolled_at", r.enrolled_at},
                                {"reports", r.reports},
                                {"endorsed", r.endorsed_at.has_value()},
                                {"endorsed_at", r.endorsed_at ? json(*r.endorsed_at) : json(nullptr)},
                                {"endorsed_by_name", r.endorsed_by_name}});
               return out;
             });
  routes.post("/reports/readers/{account_id}/endorse",
              RouteSpec{"认可阅读人员的密钥（此后新举报的密钥自动为其加密）",
                        "Endorse a reader's key (new reports' keys are then wrapped for it)", approve,
                        "report.reader_endorse"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t reader, c.id_param("account_id"));
                c.audit_object_type = "report_keys";
                c.audit_object_id = std::to_string(reader);
                c.audit_summary = "认可阅读密钥 / reader key endorsed";
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(std::string secret, reader_secret(c, conn));
                  auto st = rp::endorse_reader(conn, c.who().account_id, secret, reader, c.now_ms());
                  rp::wipe(secret);
                  if (!st.ok()) return st.error();
                  return json{{"account_id", reader}, {"endorsed", true}};
                });
              });
  routes.post("/reports/readers/{account_id}/revoke",
              RouteSpec{"撤销阅读人员并轮换密钥", "Revoke a reader and rotate keys", approve, "report.reader_revoke"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t leaver, c.id_param("account_id"));
                c.audit_object_type = "report_keys";
                c.audit_object_id = std::to_string(leaver);
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(std::string secret, reader_secret(c, conn));
                  auto n = rp::revoke_reader(conn, c.who().account_id, secret, leaver, c.now_ms());
                  rp::wipe(secret);
                  if (!n.ok()) return n.take_error();
                  c.audit_summary = fmt::format("撤销阅读人员，轮换 {} 件举报的密钥 / rotated {} reports", *n, *n);
                  return json{{"rotated_reports", *n}};
                });
              });

  // ---- reports -------------------------------------------------------------------------
  routes.raw_route(
      "GET", "/reports/export",
      RouteSpec{"导出信访举报台账（仅登记编号、渠道、日期、状态等，不含举报内容）",
                "Export the report register (numbers, channels, dates, states only; no report content)", handle},
      [](Call& c) -> Result<http::Response> {
        QF_TRY(Paging pg, c.paging({"received_on", "register_number", "status"}));
        QF_TRY(rp::ReportListFilter f, list_filter(c, pg));
        QF_TRY(auto lease, c.app.db->acquire());
        QF_TRY(spreadsheet::XlsxSheet sheet, rp::report_register_sheet(lease.get(), c.who(), f));
        const std::string filter = filter_words(lease.get(), c,
                                                {{"status", "办理状态", FilterWord::Kind::kDictionary, "report.status"},
                                                 {"channel", "渠道", FilterWord::Kind::kDictionary, "report.channel"},
                                                 {"year", "年度"},
                                                 {"real_name", "仅实名", FilterWord::Kind::kBool}});
        ledger_layout(lease.get(), c, sheet, "信访举报台账", filter);
        QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
        QF_TRY_STATUS(c.audit_read("report_list", "export", "导出信访举报台账"));
        return xlsx_response(std::move(bytes), "信访举报台账.xlsx");
      });

  routes.list_route(
      "/reports",
      RouteSpec{"信访举报台账（仅本人可见的举报）", "Reports (only those visible to the caller)", handle, "", "",
                R"({"data":[{"id":1,"register_number":"〔2026〕信访第1号","status":"received"}],"meta":{"page":1,"page_size":20,"total":1}})"},
      [](Call& c) -> Result<std::pair<json, int64_t>> {
        QF_TRY(Paging pg, c.paging({"received_on", "register_number", "status"}));
        QF_TRY(rp::ReportListFilter f, list_filter(c, pg));
        QF_TRY(auto lease, c.app.db->acquire());
        QF_TRY(auto page, rp::list_reports(lease.get(), c.who(), f));
        QF_TRY_STATUS(c.audit_read("report_list", "", "信访举报台账"));
        json items = json::array();
        for (const auto& it : page.first)
          items.push_back({{"id", it.id},
                           {"register_number", it.register_number},
                           {"channel", rp::channel_code(it.channel)},
                           {"real_name", it.real_name},
                           {"status", rp::status_code(it.status)},
                           {"stage", rp::stage_code(rp::stage_of(it.status))},
                           {"received_on", it.received_on},
                           {"awaiting_reply", it.awaiting_reply},
                           {"assignees", accounts_json(it.assignees)},
                           {"clue_count", it.clue_count},
                           {"linked_count", it.linked_count}});
        return std::make_pair(items, page.second);
      });

  routes.post("/reports",
              RouteSpec{"登记来信、来访、来电举报", "Register a letter, visit or phone report", handle, "report.register",
                        R"({"channel":"letter","received_on":"2026-11-20","anonymous":true,"reported":{"name":"张三"},"matter":"…"})"},
              [ctx](Call& c) -> Result<json> {
                QF_TRY(json b, c.body());
                QF_TRY(rp::NewReport r, reports_json::new_report_of(b));
                QF_TRY(std::string channel, reports_json::optional_string(b, "channel", "channel"));
                auto ch = rp::channel_from_code(channel);
                if (!ch || *ch == rp::Channel::kOnline)
                  return Error::invalid("report.invalid", "请选择渠道：来信、来访或来电",
                                        "Choose the channel: letter, visit or phone", "channel");
                r.channel = *ch;
                r.registered_by = c.who().account_id;
                c.audit_object_type = "report";
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(std::string secret, reader_secret(c, conn));
                  QF_TRY(rp::Holder me, rp::reader_holder(conn, c.who().account_id));
                  QF_TRY(auto link, rp::open_link_key(conn, c.who().account_id, secret));
                  QF_TRY(rp::SubmittedReport s, rp::submit_report(conn, r, ctx->cfg, c.app.config.security,
                                                                  c.now_ms(), me, link));
                  if (link) rp::wipe(*link);
                  c.audit_object_id = std::to_string(s.id);
                  c.audit_summary = fmt::format("登记{}举报 {}", rp::channel_label_zh(r.channel), s.register_number);
                  auto o = rp::open_report(conn, c.who(), secret, s.id);
                  rp::wipe(secret);
                  if (!o.ok()) return o.take_error();
                  json d = detail_json(*o);
                  d["query_code"] = s.query_code.empty() ? json(nullptr) : json(s.query_code);
                  return d;
                });
              });

  routes.get("/reports/stats", RouteSpec{"信访举报统计", "Report statistics", stats},
             [](Call& c) -> Result<json> {
               int year = 0;
               if (auto y = c.req.query_param("year"); y && !y->empty()) {
                 try {
                   year = std::stoi(*y);
                 } catch (...) {
                   return Error::invalid("report.invalid", "年份无效", "Invalid year", "year");
                 }
               } else {
                 year = Date::from_unix_ms(c.now_ms()).year();
               }
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(rp::ReportStats s, rp::report_stats(lease.get(), year));
               json by_channel = json::array(), by_status = json::array();
               for (const auto& [ch, n] : s.by_channel)
                 by_channel.push_back({{"code", rp::channel_code(ch)}, {"label_zh", rp::channel_label_zh(ch)}, {"count", n}});
               for (const auto& [st, n] : s.by_status)
                 by_status.push_back({{"code", rp::status_code(st)}, {"label_zh", rp::status_label_zh(st)}, {"count", n}});
               return json{{"year", s.year},
                           {"total", s.total},
                           {"by_channel", by_channel},
                           {"by_real_name",
                            json::array({{{"code", "real_name"}, {"label_zh", "实名"}, {"count", s.real_name}},
                                         {{"code", "anonymous"}, {"label_zh", "匿名"}, {"count", s.anonymous}}})},
                           {"by_outcome", by_status}};
             });

  routes.get("/reports/reveal-requests",
             RouteSpec{"查看举报人身份的申请", "Identity reveal requests", approve},
             [](Call& c) -> Result<json> {
               std::string status = c.req.query_param("status").value_or("pending");
               if (status != "pending" && status != "approved" && status != "refused")
                 return Error::invalid("report.invalid", "状态应为 pending、approved 或 refused",
                                       "status must be pending, approved or refused", "status");
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(auto list, rp::reveal_requests(lease.get(), status));
               json out = json::array();
               for (const auto& q : list) out.push_back(reveal_json(q));
               return out;
             });

  routes.post("/reports/reveal-requests/{rid}/decision",
              RouteSpec{"审批查看举报人身份", "Decide an identity reveal", approve, "report.identity_decide",
                        R"({"approve":true,"opinion":"同意"})"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t rid, c.id_param("rid"));
                QF_TRY(json b, c.body());
                if (!b.contains("approve") || !b["approve"].is_boolean())
                  return Error::invalid("report.invalid", "请选择同意或不同意", "Choose approve or refuse", "approve");
                const bool ok = b["approve"].get<bool>();
                QF_TRY(std::string opinion, reports_json::optional_string(b, "opinion", "opinion"));
                c.audit_object_type = "report";
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(std::string secret, reader_secret(c, conn));
                  auto report_id = rp::decide_reveal(conn, c.who(), secret, rid, ok, opinion, c.now_ms());
                  rp::wipe(secret);
                  if (!report_id.ok()) return report_id.take_error();
                  c.audit_object_id = std::to_string(*report_id);
                  c.audit_summary = fmt::format("{}查看举报人身份申请 #{} / {} identity request", ok ? "批准" : "不批准",
                                                rid, ok ? "approved" : "refused");
                  return json{{"id", rid}, {"status", ok ? "approved" : "refused"}};
                });
              });

  routes.get("/reports/{id}", RouteSpec{"举报详情", "Report detail", handle}, [](Call& c) -> Result<json> {
    QF_TRY(int64_t id, c.id_param());
    // Opening may store the same-person hash: one transaction.
    QF_TRY(json d, c.app.db->transaction([&](store::Connection& conn) { return opened_detail(c, conn, id); }));
    QF_TRY_STATUS(c.audit_read("report", std::to_string(id), d.value("register_number", "")));
    return d;
  });

  routes.raw_route("GET", "/reports/{id}/attachments/{aid}",
                   RouteSpec{"下载举报附件（已去除元数据）", "Download an attachment (metadata removed)", handle},
                   [](Call& c) -> Result<http::Response> {
                     QF_TRY(int64_t id, c.id_param());
                     QF_TRY(int64_t aid, c.id_param("aid"));
                     QF_TRY(auto lease, c.app.db->acquire());
                     QF_TRY(std::string secret, reader_secret(c, lease.get()));
                     auto a = rp::open_attachment(lease.get(), c.who(), secret, id, aid);
                     rp::wipe(secret);
                     if (!a.ok()) return a.take_error();
                     QF_TRY_STATUS(c.audit_read("report_attachment", std::to_string(id), "附件 #" + std::to_string(aid)));
                     return http::Response::bytes(200, std::move(a->bytes), a->summary.content_type, a->summary.filename);
                   });

  routes.get("/reports/{id}/identity",
             RouteSpec{"查看举报人身份（须经批准）", "Reporter identity (after approval)", handle},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(std::string secret, reader_secret(c, lease.get()));
               auto who = rp::open_identity(lease.get(), c.who(), secret, id);
               rp::wipe(secret);
               if (!who.ok()) {
                 if (who.error().code == "report.identity_sealed")
                   (void)c.audit_read("report_identity", std::to_string(id), "拒绝：未经批准 / refused: not approved");
                 return who.take_error();
               }
               QF_TRY_STATUS(c.audit_read("report_identity", std::to_string(id), "查看举报人身份 / identity read"));
               return json{{"name", who->name},
                           {"phone", who->phone},
                           {"id_number", who->id_number},
                           {"address", who->address},
                           {"contact", who->contact}};
             });

  routes.put("/reports/{id}/assignees",
             RouteSpec{"指派举报承办人员", "Assign handlers", approve, "report.assign", R"({"account_ids":[6]})"},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(json b, c.body());
               std::vector<int64_t> ids;
               if (!b.contains("account_ids") || !b["account_ids"].is_array())
                 return Error::invalid("report.invalid", "请选择承办人员", "Choose the handlers", "account_ids");
               for (const auto& v : b["account_ids"]) {
                 if (!v.is_number_integer())
                   return Error::invalid("report.invalid", "承办人员无效", "Invalid handler", "account_ids");
                 ids.push_back(v.get<int64_t>());
               }
               c.audit_object_type = "report";
               c.audit_object_id = std::to_string(id);
               c.audit_summary = fmt::format("指派承办人员 {} 人 / assigned {} handler(s)", ids.size(), ids.size());
               return c.tx([&](store::Connection& conn) -> Result<json> {
                 QF_TRY(std::string secret, reader_secret(c, conn));
                 auto st = rp::assign_report(conn, c.who(), secret, id, ids, c.now_ms());
                 rp::wipe(secret);
                 if (!st.ok()) return st.take_error();
                 return opened_detail(c, conn, id);
               });
             });

  routes.post("/reports/{id}/messages",
              RouteSpec{"向举报人提问", "Ask the reporter", handle, "report.message", R"({"text":"请补充具体时间"})"},
              [ctx](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                QF_TRY(json b, c.body());
                QF_TRY(std::string text, reports_json::optional_string(b, "text", "text"));
                c.audit_object_type = "report";
                c.audit_object_id = std::to_string(id);
                c.audit_summary = "向举报人提问 / question to the reporter";
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(std::string secret, reader_secret(c, conn));
                  auto mid = rp::ask_reporter(conn, c.who(), secret, id, text, ctx->cfg, c.now_ms());
                  rp::wipe(secret);
                  if (!mid.ok()) return mid.take_error();
                  return opened_detail(c, conn, id);
                });
              });

  routes.post("/reports/{id}/triage",
              RouteSpec{"分办：形成问题线索、不予受理、转办或留存备查",
                        "Triage: problem clues, out of scope, transfer or keep on file", approve, "report.triage",
                        R"({"decision":"clues","clues":[{"category":"integrity","matter":"…","persons":[{"name":"张三"}]}]})"},
              [ctx](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                QF_TRY(json b, c.body());
                QF_TRY(std::string decision, reports_json::optional_string(b, "decision", "decision"));
                c.audit_object_type = "report";
                c.audit_object_id = std::to_string(id);
                if (decision == "out_of_scope") {
                  QF_TRY(std::string reason, reports_json::optional_string(b, "reason", "reason"));
                  c.audit_summary = "分办：不属于受理范围 / out of scope";
                  return c.tx([&](store::Connection& conn) -> Result<json> {
                    QF_TRY(std::string secret, reader_secret(c, conn));
                    auto st = rp::triage_out_of_scope(conn, c.who(), secret, id, reason, c.now_ms());
                    rp::wipe(secret);
                    if (!st.ok()) return st.take_error();
                    return opened_detail(c, conn, id);
                  });
                }
                if (decision == "transfer") {
                  rp::ReportTransfer t;
                  if (auto it = b.find("transfer"); it != b.end() && it->is_object()) {
                    QF_TRY(t.unit, reports_json::optional_string(*it, "unit", "transfer.unit"));
                    QF_TRY(t.document_number, reports_json::optional_string(*it, "document_number", "transfer.document_number"));
                    QF_TRY(t.transferred_on, reports_json::optional_string(*it, "transferred_on", "transfer.transferred_on"));
                  }
                  c.audit_summary = "分办：转办 / transferred to another unit";
                  const std::string today = Date::from_unix_ms(c.now_ms()).to_string();
                  return c.tx([&](store::Connection& conn) -> Result<json> {
                    QF_TRY(std::string secret, reader_secret(c, conn));
                    auto st = rp::triage_transfer(conn, c.who(), secret, id, t, today, c.now_ms());
                    rp::wipe(secret);
                    if (!st.ok()) return st.take_error();
                    return opened_detail(c, conn, id);
                  });
                }
                if (decision == "file") {
                  QF_TRY(std::string reason, reports_json::optional_string(b, "reason", "reason"));
                  c.audit_summary = "分办：留存备查 / kept on file";
                  return c.tx([&](store::Connection& conn) -> Result<json> {
                    QF_TRY(std::string secret, reader_secret(c, conn));
                    auto st = rp::triage_file(conn, c.who(), secret, id, reason, c.now_ms());
                    rp::wipe(secret);
                    if (!st.ok()) return st.take_error();
                    return opened_detail(c, conn, id);
                  });
                }
                if (decision != "clues")
                  return Error::invalid("report.invalid", "分办结果应为 clues、out_of_scope、transfer 或 file",
                                        "decision must be clues, out_of_scope, transfer or file", "decision");
                QF_TRY(auto list, clues_of_body(b));
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(std::string secret, reader_secret(c, conn));
                  auto made = rp::triage_into_clues(conn, c.who(), secret, id, list, ctx->clue_cfg, c.now_ms());
                  rp::wipe(secret);
                  if (!made.ok()) return made.take_error();
                  std::string numbers;
                  for (const auto& [cid, number] : *made) numbers += (numbers.empty() ? "" : "、") + number;
                  c.audit_summary = "分办：形成问题线索 " + numbers;
                  return opened_detail(c, conn, id);
                });
              });

  routes.post("/reports/{id}/reopen",
              RouteSpec{"重新启用留存备查的举报", "Take up a report kept on file again", approve, "report.reopen", "{}"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                c.audit_object_type = "report";
                c.audit_object_id = std::to_string(id);
                c.audit_summary = "重新启用留存备查的举报 / taken up again";
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(std::string secret, reader_secret(c, conn));
                  auto st = rp::reopen_filed(conn, c.who(), secret, id, c.now_ms());
                  rp::wipe(secret);
                  if (!st.ok()) return st.take_error();
                  return opened_detail(c, conn, id);
                });
              });

  routes.put("/reports/{id}/person-link",
             RouteSpec{"被反映人关联到本单位人员（仅办理人员可见）",
                       "Link the person reported on to a person of the organisation (handlers only)", handle,
                       "report.person_link", R"({"person_id":12})"},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(json b, c.body());
               QF_TRY(std::optional<int64_t> person, id_field(b, "person_id", "person_id"));
               c.audit_object_type = "report";
               c.audit_object_id = std::to_string(id);
               c.audit_summary = person ? "关联被反映人 / person linked" : "取消关联被反映人 / person link removed";
               return c.tx([&](store::Connection& conn) -> Result<json> {
                 QF_TRY(std::string secret, reader_secret(c, conn));
                 auto st = rp::set_person_link(conn, c.who(), secret, id, person, c.now_ms());
                 rp::wipe(secret);
                 if (!st.ok()) return st.take_error();
                 return opened_detail(c, conn, id);
               });
             });

  routes.post("/reports/{id}/close",
              RouteSpec{"办结举报", "Close a report", approve, "report.close", R"({"feedback":"…"})"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                QF_TRY(json b, c.body());
                QF_TRY(std::string feedback, reports_json::optional_string(b, "feedback", "feedback"));
                c.audit_object_type = "report";
                c.audit_object_id = std::to_string(id);
                c.audit_summary = "办结 / closed";
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(std::string secret, reader_secret(c, conn));
                  auto st = rp::close_report(conn, c.who(), secret, id, feedback, c.now_ms());
                  rp::wipe(secret);
                  if (!st.ok()) return st.take_error();
                  return opened_detail(c, conn, id);
                });
              });

  routes.post("/reports/{id}/reveal-requests",
              RouteSpec{"申请查看举报人身份", "Ask to see the reporter's identity", handle, "report.identity_request",
                        R"({"reason":"需核实举报人提供的线索"})"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                QF_TRY(json b, c.body());
                QF_TRY(std::string reason, reports_json::optional_string(b, "reason", "reason"));
                c.audit_object_type = "report";
                c.audit_object_id = std::to_string(id);
                c.audit_summary = "申请查看举报人身份 / identity reveal requested";
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(int64_t rid, rp::request_reveal(conn, c.who(), id, reason, c.now_ms()));
                  return json{{"id", rid}, {"report_id", id}, {"status", "pending"}, {"reason", reason}};
                });
              });
}

QF_REGISTER_API(register_reports);

}  // namespace
}  // namespace qf::api

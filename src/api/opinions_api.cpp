// 党风廉政意见回复 (integrity opinions), /api/v1/opinions… (docs/modules/opinions.md). Every
// rule of who sees what is in domain/opinions/opinion_store.h; this file maps HTTP to it.
// Every route checks inside, so the three administrators (and anyone without a grant) get
// the same 404 as for a record that does not exist. Reads of requests and replies are
// audited with ids only; changes are audited in their transaction.
//
// One named handler per endpoint; the registration at the end is the route table.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "api/api.h"
#include "api/request_fields.h"
#include "core/calendar.h"
#include "domain/annual/docx.h"
#include "domain/annual/report.h"
#include "domain/auth/permissions.h"
#include "domain/dictionary/dictionary.h"
#include "domain/opinions/opinion_draft.h"
#include "domain/opinions/opinion_store.h"
#include "domain/verification/verification_seal.h"

QF_REGISTER_CONFIG_SECTION("opinions");

using qf::auth::Role;
QF_REGISTER_PERMISSION(qf::opinions::perm::kRequest, "征求党风廉政意见（查阅已审批的回复）",
                       "Ask for integrity opinions (read the approved replies)", Role::kOrgHr);
QF_REGISTER_PERMISSION(qf::opinions::perm::kHandle, "办理党风廉政意见回复（草稿、依据、修改）",
                       "Handle integrity opinions (drafts, grounds, wording)", Role::kDisciplineSecretary,
                       Role::kDisciplineMember);
QF_REGISTER_PERMISSION(qf::opinions::perm::kApprove, "审批党风廉政意见回复", "Approve integrity opinions",
                       Role::kDisciplineSecretary);

namespace qf::api {
namespace {

namespace op = qf::opinions;

struct Module {
  op::OpinionsConfig cfg;
};

json optional_ms(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

json request_json(const op::Request& r) {
  return json{{"id", r.id},
              {"purpose", r.purpose},
              {"purpose_zh", std::string(op::purpose_label_zh(r.purpose))},
              {"purpose_note", r.purpose_note},
              {"requested_by", r.requested_by},
              {"requester_name", r.requester_name},
              {"created_at", r.created_at},
              {"total", r.total},
              {"approved", r.approved}};
}

json answer_json(const op::Answer& a) {
  return json{{"id", a.id},
              {"person_id", a.person_id},
              {"person_name", a.person_name},
              {"employee_no", a.employee_no},
              {"department_name", a.department_name},
              {"position_name", a.position_name},
              {"status", a.status},
              {"text", a.text},
              {"grounds", a.grounds},
              {"hold", a.hold},
              {"number", a.number},
              {"approved_by_name", a.approved_by_name},
              {"approved_at", optional_ms(a.approved_at)},
              {"edited_by_name", a.edited_by_name},
              {"edited_at", optional_ms(a.edited_at)},
              {"drafted_at", a.drafted_at},
              {"version", a.version},
              {"recused", a.recused},
              {"access", {{"can_edit", a.can_edit}, {"can_approve", a.can_approve}}}};
}

Result<auth::ServerKey> key_of(const Call& c) { return verification::verification_key(c.app.config.security); }

Result<int64_t> version_of(const json& body) {
  if (!body.contains("version") || !body["version"].is_number_integer())
    return Error::invalid("opinions.invalid", "缺少版本号 version（整数）", "version (a whole number) is required", "version");
  return body["version"].get<int64_t>();
}

// GET /opinions/requests
Result<json> list_requests(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, op::list_requests(lease.get(), c.who()));
  json out = json::array();
  for (const auto& r : rows) out.push_back(request_json(r));
  return json{{"requests", out},
              {"access",
               {{"can_request", c.who().can(op::perm::kRequest)},
                {"can_handle", c.who().can(op::perm::kHandle)}}}};
}

// POST /opinions/requests
Result<json> create_request(Call& c, const Module& m) {
  QF_TRY(json body, c.body());
  op::NewRequest in;
  in.purpose = text_field(body, "purpose");
  in.purpose_note = text_field(body, "purpose_note");
  in.requested_by = text_field(body, "requested_by");
  if (body.contains("person_ids")) {
    if (!body["person_ids"].is_array())
      return Error::invalid("opinions.invalid", "征求意见人员 person_ids 应为人员编号列表", "person_ids must be a list of ids",
                            "person_ids");
    for (const auto& v : body["person_ids"]) {
      if (!v.is_number_integer())
        return Error::invalid("opinions.invalid", "征求意见人员 person_ids 应为人员编号列表", "person_ids must be a list of ids",
                              "person_ids");
      in.person_ids.push_back(v.get<int64_t>());
    }
  }
  QF_TRY(auto key, key_of(c));
  c.audit_object_type = "opinion_request";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t made, op::create_request(conn, c.who(), key, m.cfg, in, c.now_ms()));
           c.audit_object_id = std::to_string(made);
           c.audit_summary = "征求党风廉政意见（" + std::to_string(in.person_ids.size()) + " 人）";
           return made;
         }));
  return json{{"id", id}};
}

// GET /opinions/requests/{id}
Result<json> get_request(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto key, key_of(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(op::RequestDetail d, op::get_request(lease.get(), c.who(), key, id));
  QF_TRY_STATUS(c.audit_read("opinion_request", std::to_string(id), "查看征求党风廉政意见及回复"));
  json answers = json::array();
  for (const auto& a : d.answers) answers.push_back(answer_json(a));
  return json{{"request", request_json(d.request)},
              {"answers", answers},
              {"access", {{"can_handle", c.who().can(op::perm::kHandle)}, {"can_approve", c.who().can(op::perm::kApprove)}}}};
}

template <class F>
Result<json> change_answer(Call& c, const char* summary, F&& fn) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(auto key, key_of(c));
  c.audit_object_type = "opinion_answer";
  c.audit_object_id = std::to_string(id);
  c.audit_summary = summary;
  QF_TRY(op::Answer a, c.tx([&](store::Connection& conn) -> Result<op::Answer> { return fn(conn, key, id, body); }));
  if (!a.number.empty()) c.audit_summary += " " + a.number;
  return json{{"answer", answer_json(a)}};
}

// PUT /opinions/answers/{id}
Result<json> edit_answer(Call& c) {
  return change_answer(c, "修改意见回复", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                              const json& body) -> Result<op::Answer> {
    QF_TRY(int64_t version, version_of(body));
    return op::edit_answer(conn, c.who(), key, id, text_field(body, "text"), version, c.now_ms());
  });
}

// POST /opinions/answers/{id}/redraft
Result<json> redraft_answer(Call& c, const Module& m) {
  return change_answer(c, "按廉政档案重新起草意见回复", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                                  const json& body) -> Result<op::Answer> {
    QF_TRY(int64_t version, version_of(body));
    return op::redraft_answer(conn, c.who(), key, m.cfg, id, version, c.now_ms());
  });
}

// POST /opinions/answers/{id}/approve
Result<json> approve_answer(Call& c, const Module& m) {
  return change_answer(c, "审批意见回复", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                              const json& body) -> Result<op::Answer> {
    QF_TRY(int64_t version, version_of(body));
    QF_TRY(op::Answer a, op::approve_answer(conn, c.who(), key, m.cfg, id, version, c.now_ms()));
    c.audit_summary = "审批意见回复 " + a.number;
    return a;
  });
}

// GET /opinions/answers/{id}/docx — the approved reply in the GB/T 9704 layout.
Result<http::Response> export_answer(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto key, key_of(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto pair, op::get_answer(lease.get(), c.who(), key, id));
  const auto& [req, a] = pair;
  if (a.status != "approved")
    return Error::make(ErrorKind::kConflict, "opinions.not_approved", "意见回复尚未审批，不能导出正式文件",
                       "The reply is not approved yet: no official document");
  std::string unit;
  QF_TRY(auto units, lease.get().query(store::sql(lease.get(), "annual/unit_name")));
  if (!units.empty()) unit = units.front().text("name");
  annual::OfficialDocument doc;
  doc.title = "关于" + a.person_name + "同志党风廉政情况的意见回复";
  const std::string asked = Date::from_unix_ms(req.created_at).to_string();
  const std::string purpose =
      req.purpose == "other" ? req.purpose_note : std::string(op::purpose_label_zh(req.purpose));
  doc.paragraphs.push_back({0, "", "根据" + annual::chinese_date(asked) + "征求党风廉政意见的来函（事由：" + purpose +
                                       "），经查阅廉政档案及有关情况，现就" + a.person_name + "同志（" + a.department_name +
                                       a.position_name + "）的党风廉政情况回复如下："});
  doc.paragraphs.push_back({0, "", a.text});
  doc.paragraphs.push_back({0, "", "特此函复。"});
  doc.unit_name = unit.empty() ? "纪律检查委员会" : "中共" + unit + "纪律检查委员会";
  const std::string approved_day = Date::from_unix_ms(a.approved_at.value_or(c.now_ms())).to_string();
  doc.date_zh = annual::chinese_date(approved_day);
  doc.header.organ_mark = doc.unit_name;
  doc.header.doc_number = a.number;
  doc.header.printer = unit.empty() ? "纪律检查委员会办公室" : doc.unit_name;
  doc.header.print_date_zh = annual::chinese_date(approved_day);
  QF_TRY(std::string bytes, annual::write_docx(doc));
  c.audit_action = "opinion_answer.export";
  QF_TRY_STATUS(c.audit_read("opinion_answer", std::to_string(id), "导出意见回复 " + a.number));
  return http::Response::bytes(200, std::move(bytes),
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                               a.number + "关于" + a.person_name + "同志党风廉政情况的意见回复.docx");
}

// GET /opinions/people?name=
Result<json> list_people(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, op::people(lease.get(), c.who(), c.req.query_param("name").value_or("")));
  json out = json::array();
  for (const auto& p : rows)
    out.push_back({{"person_id", p.id},
                   {"name", p.name},
                   {"employee_no", p.employee_no},
                   {"department_name", p.department_name},
                   {"position_name", p.position_name},
                   {"leading_cadre", p.leading_cadre}});
  return json{{"people", out}};
}

void label_opinion_reads() {
  auto d = dictionary::find("audit_action");
  if (!d) return;
  for (const auto& [code, zh, en] : std::vector<std::array<std::string, 3>>{
           {"opinion_request.read", "查阅征求党风廉政意见及回复", "Read an opinion request and its replies"},
           {"opinion_answer.read", "导出党风廉政意见回复", "Export an integrity opinion"},
           {"opinion_answer.export", "导出党风廉政意见回复", "Export an integrity opinion"}}) {
    bool have = false;
    for (const auto& e : d->entries) have = have || e.code == code;
    if (!have) d->entries.push_back({code, zh, en, 21000 + static_cast<int>(d->entries.size())});
  }
  dictionary::register_dictionary(std::move(*d));
}

void register_opinions(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("opinions");
  auto cfg = op::OpinionsConfig::from_toml(section.toml, section.source);
  if (!cfg.ok()) {
    // A bad [opinions] section stops `qingfeng serve` before it listens.
    std::fprintf(stderr, "%s\n%s\n", cfg.error().message_zh.c_str(), cfg.error().message_en.c_str());
    std::exit(2);
  }
  auto m = std::make_shared<Module>(Module{*cfg});
  label_opinion_reads();

  dictionary::register_dictionary({"opinion_purpose", "征求意见事由", "Purpose of the request",
                                   {{"promotion", "提拔", "Promotion", 1},
                                    {"award", "评优", "Award", 2},
                                    {"transfer", "调任", "Transfer", 3},
                                    {"other", "其他", "Other", 4}}});
  dictionary::register_dictionary({"opinion_status", "意见回复状态", "State of a reply",
                                   {{"drafted", "待审批", "Awaiting approval", 1}, {"approved", "已审批归档", "Approved", 2}}});

  app.feeds.add({op::kApproveFeed, [](store::Connection& conn, const messages::FeedContext&) {
                   return op::approval_reminders(conn);
                 }});
  app.dashboard.push_back([](store::Connection& conn, const Call& c, DashboardParts& parts) -> Status {
    QF_TRY(int64_t n, op::awaiting_approval(conn, c.who()));
    if (n > 0)
      parts.pending.push_back(json{{"key", "opinions.approve"},
                                   {"title_zh", "待审批党风廉政意见回复"},
                                   {"title_en", "Integrity opinions awaiting approval"},
                                   {"count", n},
                                   {"link", "/opinions"}});
    return {};
  });

  const char* answer_example =
      R"({"data":{"answer":{"id":3,"person_name":"张三","status":"approved","text":"经查，未发现张三同志有违反党风廉政建设规定的问题。","number":"纪复〔2026〕3号","version":2}}})";
  RouteSpec list{"征求党风廉政意见列表", "Opinion requests", "", "", "",
                 R"({"data":{"requests":[{"id":1,"purpose":"promotion","requested_by":"2026-12-20","total":2,"approved":1}]}})"};
  RouteSpec create{"征求党风廉政意见（事由、人员、回复期限）", "Ask for integrity opinions (purpose, people, reply date)", "",
                   "opinions.request.create",
                   R"({"purpose":"promotion","purpose_note":"","requested_by":"2026-12-20","person_ids":[12,15]})",
                   R"({"data":{"id":1}})"};
  RouteSpec get{"征求意见及各人回复", "An opinion request and its replies", "", "", "",
                R"({"data":{"request":{"id":1},"answers":[{"id":3,"status":"drafted","text":"","grounds":null}]}})"};
  RouteSpec edit{"修改意见回复草稿", "Reword a drafted reply", "", "opinions.answer.edit", R"({"text":"经查，……","version":1})",
                 answer_example};
  RouteSpec redraft{"按廉政档案重新起草", "Draft again from the integrity record", "", "opinions.answer.redraft",
                    R"({"version":1})", answer_example};
  RouteSpec approve{"审批意见回复（编号、归档）", "Approve a reply (numbered, archived)", "", "opinions.answer.approve",
                    R"({"version":2})", answer_example};
  RouteSpec xport{"导出意见回复（DOCX，GB/T 9704 公文格式）", "The approved reply as DOCX (GB/T 9704)", "", "", "", ""};
  RouteSpec people{"数据范围内的在职人员（按姓名）", "Active people in scope, by name", "", "", "",
                   R"({"data":{"people":[{"person_id":12,"name":"张三","department_name":"规划处","position_name":"处长"}]}})"};

  routes.get("/opinions/requests", list, list_requests);
  routes.post("/opinions/requests", create, [m](Call& c) { return create_request(c, *m); });
  routes.get("/opinions/requests/{id}", get, get_request);
  routes.put("/opinions/answers/{id}", edit, edit_answer);
  routes.post("/opinions/answers/{id}/redraft", redraft, [m](Call& c) { return redraft_answer(c, *m); });
  routes.post("/opinions/answers/{id}/approve", approve, [m](Call& c) { return approve_answer(c, *m); });
  routes.raw_route("GET", "/opinions/answers/{id}/docx", xport, export_answer);
  routes.get("/opinions/people", people, list_people);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_opinions);

// Approvals (因私出国(境)、证照集中保管、干部兼职、配偶子女及其配偶经商办企业),
// /api/v1/approvals… (docs/modules/approvals.md). Every rule of who sees what is in
// domain/approvals/approval_store.h and approval_custody.h; this file maps HTTP to it.
// Every route checks inside, not in the route table, so that the three administrators
// (and anyone else without a grant) get the same 404 as for an object that does not
// exist. Reads of applications and documents are audited with ids only.
//
// One named handler per endpoint; the registration at the end is the route table.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#include "api/api.h"
#include "core/calendar.h"
#include "domain/approvals/approval_custody.h"
#include "domain/approvals/approval_seal.h"
#include "domain/approvals/approval_store.h"
#include "domain/approvals/approvals_config.h"
#include "domain/auth/permissions.h"
#include "domain/dictionary/dictionary.h"

QF_REGISTER_CONFIG_SECTION("approvals");

using qf::auth::Role;
QF_REGISTER_PERMISSION(qf::approvals::perm::kOwn, "提出本人因私出国（境）、兼职、亲属经商办企业申请",
                       "Apply for one's own private trips, side jobs and relatives' businesses", Role::kPartySecretary,
                       Role::kCommitteeMember, Role::kDisciplineSecretary, Role::kDisciplineMember, Role::kBranchSecretary,
                       Role::kBranchInspector, Role::kDeptHead, Role::kStaff, Role::kOrgHr);
QF_REGISTER_PERMISSION(qf::approvals::perm::kDecide, "审批因私出国（境）、兼职、亲属经商办企业申请（本人所在审批环节）",
                       "Approve or return applications at one's own step of the chain", Role::kDeptHead,
                       Role::kCommitteeMember, Role::kOrgHr, Role::kPartySecretary, Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION(qf::approvals::perm::kRead, "查阅因私出国（境）、兼职、亲属经商办企业审批（数据范围内）",
                       "Read all approvals within the data scope", Role::kOrgHr, Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION(qf::approvals::perm::kCustody, "证照集中保管：登记、借出、归还护照和通行证",
                       "Keep passports and permits in custody: register, lend, take back", Role::kOrgHr);

namespace qf::api {
namespace {

namespace ap = qf::approvals;

struct Module {
  ap::ApprovalsConfig cfg;
};

Error hidden() { return Error::not_found("审批事项", "Approval"); }
Error hidden_document() { return Error::not_found("证照", "Travel document"); }

bool may_use(const auth::Principal& who) {
  return !who.is_admin() && (who.can(ap::perm::kOwn) || who.can(ap::perm::kDecide) || who.can(ap::perm::kRead) ||
                             who.can(ap::perm::kCustody));
}
bool keeps_documents(const auth::Principal& who) {
  return !who.is_admin() && (who.can(ap::perm::kCustody) || who.can(ap::perm::kRead));
}

Date today(const Call& c) { return Date::from_unix_ms(c.now_ms()); }
json opt_ms(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }
json opt_text(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json request_json(const ap::Request& r) {
  return json{{"id", r.id},
              {"person_id", r.person_id},
              {"person_name", r.person_name},
              {"department_name", r.department_name},
              {"leading_cadre", r.leading_cadre},
              {"kind", std::string(ap::kind_code(r.kind))},
              {"state", std::string(ap::state_code(r.state))},
              {"chain", r.chain},
              {"step", r.step},
              {"current_role", opt_text(r.current_role)},
              {"depart_date", opt_text(r.depart_date)},
              {"return_date", opt_text(r.return_date)},
              {"actual_depart_date", opt_text(r.actual_depart_date)},
              {"actual_return_date", opt_text(r.actual_return_date)},
              {"version", r.version},
              {"created_at", r.created_at},
              {"updated_at", r.updated_at},
              {"decided_at", opt_ms(r.decided_at)}};
}

json document_json(const ap::Document& d) {
  json loan = nullptr;
  if (d.loan_id)
    loan = json{{"id", *d.loan_id}, {"request_id", *d.loan_request_id}, {"lent_on", d.lent_on}, {"due_on", d.due_on}};
  return json{{"id", d.id},
              {"person_id", d.person_id},
              {"person_name", d.person_name},
              {"department_name", d.department_name},
              {"doc_type", std::string(ap::doc_type_code(d.type))},
              {"number", d.number},
              {"expires_on", d.expires_on},
              {"status", d.status},
              {"loan", loan},
              {"overdue", d.overdue}};
}

json detail_json(const ap::Detail& d) {
  json events = json::array();
  for (const auto& e : d.events)
    events.push_back({{"action", e.action}, {"role", e.role}, {"actor_name", e.actor_name}, {"note", e.note}, {"at", e.at}});
  return json{{"request", request_json(d.request)},
              {"content", d.content},
              {"events", events},
              {"return_reason", d.last_return_reason},
              {"access",
               {{"owner", d.access.owner},
                {"can_resubmit", d.access.can_resubmit},
                {"can_decide", d.access.can_decide},
                {"can_record_trip", d.access.can_record_trip}}}};
}

std::string text_of(const json& body, const char* key) {
  return body.contains(key) && body[key].is_string() ? body[key].get<std::string>() : std::string();
}

Result<int64_t> version_of(const json& body) {
  if (!body.contains("version") || !body["version"].is_number_integer())
    return Error::invalid("approval.invalid", "缺少 version（申请的版本号）", "version (the application's version) is required",
                          "version");
  return body["version"].get<int64_t>();
}

Result<ap::Application> application_of(const json& body, std::optional<ap::Kind> fixed = std::nullopt) {
  auto kind = fixed ? fixed : ap::kind_from_code(text_of(body, "kind"));
  if (!kind)
    return Error::invalid("approval.invalid", "申请类别 kind 应为 trip（因私出国（境））、side_job（兼职）或 family_business（亲属经商办企业）",
                          "kind must be trip, side_job or family_business", "kind");
  return ap::check_application(*kind, body.contains("content") ? body["content"] : json(), text_of(body, "depart_date"),
                               text_of(body, "return_date"));
}

Result<std::optional<int64_t>> id_query(const Call& c, const char* name) {
  auto v = c.req.query_param(name);
  if (!v || v->empty()) return std::optional<int64_t>{};
  try {
    size_t used = 0;
    const int64_t n = std::stoll(*v, &used);
    if (used == v->size() && n > 0) return std::optional<int64_t>{n};
  } catch (...) {
  }
  return Error::invalid("approval.invalid", std::string("参数 ") + name + " 应为正整数",
                        std::string("Parameter ") + name + " must be a positive whole number", name);
}

// GET /approvals/mine
Result<json> my_approvals(Call& c, const Module& m) {
  if (!may_use(c.who())) return hidden();
  QF_TRY(auto key, ap::approval_key(c.app.config.security));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto me, ap::own_applicant(lease.get(), c.who()));
  ap::ListQuery q;
  q.mine = true;
  q.limit = 200;
  QF_TRY(auto list, ap::list_requests(lease.get(), c.who(), q));
  ap::DocQuery dq;
  dq.mine = true;
  dq.limit = 50;
  QF_TRY(auto docs, ap::list_documents(lease.get(), c.who(), key, dq, today(c)));
  QF_TRY_STATUS(c.audit_read("approval_list", "mine", "查看本人审批申请与证照"));
  json items = json::array();
  for (const auto& r : list.first) items.push_back(request_json(r));
  json documents = json::array();
  for (const auto& d : docs.first) documents.push_back(document_json(d));
  json applicant = nullptr;
  if (me)
    applicant = json{{"person_id", me->person_id},
                     {"person_name", me->name},
                     {"leading_cadre", me->leading_cadre},
                     {"chain", me->leading_cadre ? m.cfg.cadre_chain : m.cfg.staff_chain}};
  return json{{"applicant", applicant},
              {"items", items},
              {"documents", documents},
              {"document_return_days", m.cfg.document_return_days}};
}

// GET /approvals
Result<std::pair<json, int64_t>> list_approvals(Call& c) {
  if (!may_use(c.who())) return hidden();
  QF_TRY(Paging paging, c.paging());
  ap::ListQuery q;
  q.offset = paging.offset();
  q.limit = paging.page_size;
  q.todo = c.req.query_param("todo").value_or("") == "1";
  if (auto k = c.req.query_param("kind"); k && !k->empty()) {
    q.kind = ap::kind_from_code(*k);
    if (!q.kind)
      return Error::invalid("approval.invalid", "参数 kind 应为 trip、side_job 或 family_business",
                            "Parameter kind must be trip, side_job or family_business", "kind");
  }
  if (auto s = c.req.query_param("state"); s && !s->empty()) {
    q.state = ap::state_from_code(*s);
    if (!q.state)
      return Error::invalid("approval.invalid", "参数 state 应为 pending、returned 或 approved",
                            "Parameter state must be pending, returned or approved", "state");
  }
  QF_TRY(q.person_id, id_query(c, "person_id"));
  if (auto n = c.req.query_param("name")) q.name = *n;
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, ap::list_requests(lease.get(), c.who(), q));
  QF_TRY_STATUS(c.audit_read("approval_list", "", "查看审批事项列表"));
  json items = json::array();
  for (const auto& x : r.first) items.push_back(request_json(x));
  return std::make_pair(std::move(items), r.second);
}

// POST /approvals
Result<json> submit_approval(Call& c, const Module& m) {
  if (!may_use(c.who()) || !c.who().can(ap::perm::kOwn)) return hidden();
  QF_TRY(json body, c.body());
  QF_TRY(ap::Application a, application_of(body));
  QF_TRY(auto key, ap::approval_key(c.app.config.security));
  c.audit_object_type = "approval";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t made, ap::submit_application(conn, m.cfg, c.who(), key, a, c.now_ms()));
           c.audit_object_id = std::to_string(made);
           c.audit_summary = "提交" + std::string(ap::kind_label_zh(a.kind));
           return made;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(ap::Detail d, ap::get_request(lease.get(), c.who(), key, id));
  return detail_json(d);
}

// GET /approvals/{id}
Result<json> get_approval(Call& c) {
  if (!may_use(c.who())) return hidden();
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto key, ap::approval_key(c.app.config.security));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(ap::Detail d, ap::get_request(lease.get(), c.who(), key, id));
  QF_TRY_STATUS(c.audit_read("approval", std::to_string(id), "查看" + std::string(ap::kind_label_zh(d.request.kind))));
  return detail_json(d);
}

// A state-changing call on one application, in one transaction with its audit entry.
template <class F>
Result<json> change(Call& c, const std::string& summary, F&& fn) {
  if (!may_use(c.who())) return hidden();
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(auto key, ap::approval_key(c.app.config.security));
  c.audit_object_type = "approval";
  c.audit_object_id = std::to_string(id);
  QF_TRY(ap::Request r, c.tx([&](store::Connection& conn) -> Result<ap::Request> {
           QF_TRY(ap::Request done, fn(conn, key, id, body));
           c.audit_summary = summary + " " + std::string(ap::kind_label_zh(done.kind));
           return done;
         }));
  return json{{"request", request_json(r)}};
}

// POST /approvals/{id}/resubmit
Result<json> resubmit_approval(Call& c, const Module& m) {
  return change(c, "修改后重新提交", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                       const json& body) -> Result<ap::Request> {
    QF_TRY(int64_t version, version_of(body));
    QF_TRY(ap::Request current, ap::visible_request(conn, c.who(), id));
    QF_TRY(ap::Application a, application_of(body, current.kind));
    return ap::resubmit_application(conn, m.cfg, c.who(), key, id, version, a, c.now_ms());
  });
}

// POST /approvals/{id}/approve
Result<json> approve_approval(Call& c) {
  return change(c, "审批同意", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                 const json& body) -> Result<ap::Request> {
    QF_TRY(int64_t version, version_of(body));
    return ap::approve_request(conn, c.who(), key, id, version, text_of(body, "note"), c.now_ms());
  });
}

// POST /approvals/{id}/return
Result<json> return_approval(Call& c) {
  return change(c, "退回修改", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                 const json& body) -> Result<ap::Request> {
    QF_TRY(int64_t version, version_of(body));
    return ap::return_request(conn, c.who(), key, id, version, text_of(body, "reason"), c.now_ms());
  });
}

// POST /approvals/{id}/trip-dates
Result<json> record_trip(Call& c, const Module& m) {
  return change(c, "登记实际出入境日期", [&](store::Connection& conn, const auth::ServerKey&, int64_t id,
                                           const json& body) -> Result<ap::Request> {
    return ap::record_trip_dates(conn, c.who(), id, text_of(body, "actual_depart_date"),
                                 text_of(body, "actual_return_date"), m.cfg.document_return_days, c.now_ms());
  });
}

// GET /approvals/documents
Result<std::pair<json, int64_t>> list_docs(Call& c) {
  if (!keeps_documents(c.who())) return hidden_document();
  QF_TRY(Paging paging, c.paging());
  ap::DocQuery q;
  q.offset = paging.offset();
  q.limit = paging.page_size;
  q.overdue = c.req.query_param("overdue").value_or("") == "1";
  QF_TRY(q.person_id, id_query(c, "person_id"));
  if (auto n = c.req.query_param("name")) q.name = *n;
  QF_TRY(auto key, ap::approval_key(c.app.config.security));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, ap::list_documents(lease.get(), c.who(), key, q, today(c)));
  QF_TRY_STATUS(c.audit_read("approval_document_list", "", q.overdue ? "查看逾期未归还证照" : "查看集中保管证照"));
  json items = json::array();
  for (const auto& d : r.first) items.push_back(document_json(d));
  return std::make_pair(std::move(items), r.second);
}

// GET /approvals/documents/{id}
Result<json> get_doc(Call& c) {
  if (!may_use(c.who())) return hidden_document();
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto key, ap::approval_key(c.app.config.security));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(ap::Document d, ap::get_document(lease.get(), c.who(), key, id, today(c)));
  QF_TRY_STATUS(c.audit_read("approval_document", std::to_string(id), "查看集中保管证照"));
  return json{{"document", document_json(d)}};
}

// POST /approvals/documents
Result<json> register_doc(Call& c) {
  if (!keeps_documents(c.who())) return hidden_document();
  QF_TRY(json body, c.body());
  ap::NewDocument nd;
  if (!body.contains("person_id") || !body["person_id"].is_number_integer())
    return Error::invalid("approval.invalid", "请选择持证人 person_id", "person_id (the holder) is required", "person_id");
  nd.person_id = body["person_id"].get<int64_t>();
  nd.type = text_of(body, "doc_type");
  nd.number = text_of(body, "number");
  nd.expires_on = text_of(body, "expires_on");
  QF_TRY(auto key, ap::approval_key(c.app.config.security));
  c.audit_object_type = "approval_document";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t made, ap::register_document(conn, c.who(), key, nd, c.now_ms()));
           c.audit_object_id = std::to_string(made);
           c.audit_summary = "登记集中保管证照";
           return made;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(ap::Document d, ap::get_document(lease.get(), c.who(), key, id, today(c)));
  return json{{"document", document_json(d)}};
}

template <class F>
Result<json> doc_change(Call& c, const std::string& summary, F&& fn) {
  if (!keeps_documents(c.who())) return hidden_document();
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(auto key, ap::approval_key(c.app.config.security));
  c.audit_object_type = "approval_document";
  c.audit_object_id = std::to_string(id);
  c.audit_summary = summary;
  QF_TRY(ap::Document d, c.tx([&](store::Connection& conn) -> Result<ap::Document> { return fn(conn, key, id, body); }));
  return json{{"document", document_json(d)}};
}

// POST /approvals/documents/{id}/lend
Result<json> lend_doc(Call& c, const Module& m) {
  return doc_change(c, "借出证照", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                     const json& body) -> Result<ap::Document> {
    if (!body.contains("request_id") || !body["request_id"].is_number_integer())
      return Error::invalid("approval.invalid", "请选择已批准的因私出国（境）申请 request_id",
                            "request_id (the approved trip) is required", "request_id");
    return ap::lend_document(conn, c.who(), key, id, body["request_id"].get<int64_t>(), text_of(body, "lent_on"),
                             m.cfg.document_return_days, today(c), c.now_ms());
  });
}

// POST /approvals/documents/{id}/return
Result<json> return_doc(Call& c) {
  return doc_change(c, "归还证照", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                     const json& body) -> Result<ap::Document> {
    return ap::return_document(conn, c.who(), key, id, text_of(body, "returned_on"), today(c), c.now_ms());
  });
}

void register_approvals(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("approvals");
  auto cfg = ap::ApprovalsConfig::from_toml(section.toml, section.source);
  if (!cfg.ok()) {
    // A bad [approvals] section stops `qingfeng serve` before it listens.
    std::fprintf(stderr, "%s\n%s\n", cfg.error().message_zh.c_str(), cfg.error().message_en.c_str());
    std::exit(2);
  }
  auto m = std::make_shared<Module>(Module{*cfg});

  dictionary::register_dictionary({"approval_kind", "审批事项类别", "Approval kind",
                                   {{"trip", "因私出国（境）", "Private travel abroad", 1},
                                    {"side_job", "干部兼职", "Side job", 2},
                                    {"family_business", "配偶、子女及其配偶经商办企业", "Relative's business", 3}}});
  dictionary::register_dictionary({"approval_state", "审批状态", "Approval state",
                                   {{"pending", "审批中", "Pending", 1},
                                    {"returned", "已退回", "Returned", 2},
                                    {"approved", "已批准", "Approved", 3}}});
  dictionary::register_dictionary({"approval_document_type", "证照类别", "Travel document type",
                                   {{"passport", "护照", "Passport", 1},
                                    {"hk_macao_permit", "往来港澳通行证", "Hong Kong/Macao permit", 2},
                                    {"taiwan_permit", "往来台湾通行证", "Taiwan permit", 3}}});

  app.feeds.add({ap::kOverdueFeed, [](store::Connection& conn, const messages::FeedContext& f) {
                   return ap::overdue_reminders(conn, f);
                 }});
  app.feeds.add({ap::kTodoFeed, [](store::Connection& conn, const messages::FeedContext& f) {
                   return ap::todo_reminders(conn, f, false);
                 }});
  app.feeds.add({ap::kReturnedFeed, [](store::Connection& conn, const messages::FeedContext& f) {
                   return ap::todo_reminders(conn, f, true);
                 }});
  // The home page: overdue documents for the custodian, applications waiting for the caller.
  app.dashboard.push_back([](store::Connection& conn, const Call& c, DashboardParts& parts) -> Status {
    if (c.who().is_admin()) return {};
    if (c.who().can(ap::perm::kCustody)) {
      QF_TRY(int64_t n, ap::overdue_count(conn, c.who(), Date::from_unix_ms(c.now_ms())));
      parts.pending.push_back(json{{"key", "approvals.documents_overdue"},
                                   {"title_zh", "逾期未归还的护照、通行证（集中保管）"},
                                   {"title_en", "Passports and permits overdue back in custody"},
                                   {"count", n},
                                   {"link", "/approvals/documents?overdue=1"}});
    }
    if (c.who().can(ap::perm::kDecide)) {
      ap::ListQuery q;
      q.todo = true;
      q.limit = 1;
      QF_TRY(auto r, ap::list_requests(conn, c.who(), q));
      if (r.second > 0)
        parts.pending.push_back(json{{"key", "approvals.todo"},
                                     {"title_zh", "待我审批的因私出国（境）、兼职、经商办企业申请"},
                                     {"title_en", "Applications waiting for my approval"},
                                     {"count", r.second},
                                     {"link", "/approvals/review?todo=1"}});
    }
    return {};
  });

  const char* req_example =
      R"({"data":{"request":{"id":5,"person_name":"张三","kind":"trip","state":"pending","chain":["dept_head","org_hr","party_secretary"],"step":0,"current_role":"dept_head","depart_date":"2026-08-01","return_date":"2026-08-08","version":1}}})";
  const char* doc_example =
      R"({"data":{"document":{"id":2,"person_name":"张三","doc_type":"passport","number":"E12345678","expires_on":"2029-05-09","status":"lent","loan":{"id":4,"request_id":5,"lent_on":"2026-07-30","due_on":"2026-08-18"},"overdue":false}}})";
  RouteSpec mine{"本人的审批申请和集中保管证照", "My applications and documents in custody", "", "", "",
                 R"({"data":{"applicant":{"person_name":"张三","leading_cadre":true,"chain":["dept_head","org_hr","party_secretary"]},"items":[],"documents":[],"document_return_days":10}})"};
  RouteSpec list{"审批事项列表（审批人、组织人事部门、纪委，数据范围内）",
                 "Applications (approvers, organisation department, discipline committee; in scope)", "", "", "",
                 R"({"data":[{"id":5,"person_name":"张三","kind":"trip","state":"pending"}],"meta":{"page":1,"page_size":20,"total":1}})"};
  RouteSpec submit{"提出申请（因私出国（境）、兼职、亲属经商办企业）", "Apply (private trip, side job, relative's business)", "",
                   "approval.submit",
                   R"({"kind":"trip","depart_date":"2026-08-01","return_date":"2026-08-08","content":{"destinations":"泰国","reason":"家庭旅游","companions":"配偶","funding":"自费","document_type":"passport"}})",
                   req_example};
  RouteSpec get{"审批事项详情", "An application", "", "", "",
                R"({"data":{"request":{"id":5,"state":"pending"},"content":{"destinations":"泰国"},"events":[],"access":{"owner":true,"can_resubmit":false,"can_decide":false,"can_record_trip":false}}})"};
  RouteSpec resubmit{"修改后重新提交被退回的申请", "Correct and resubmit a returned application", "", "approval.resubmit",
                     R"({"version":3,"depart_date":"2026-08-01","return_date":"2026-08-08","content":{"destinations":"泰国"}})",
                     req_example};
  RouteSpec approve{"审批同意（本环节）", "Approve (this step)", "", "approval.approve", R"({"version":1,"note":"同意"})",
                    req_example};
  RouteSpec ret{"退回修改（须说明原因）", "Return for correction (with a reason)", "", "approval.return",
                R"({"version":1,"reason":"请补充同行人员"})", req_example};
  RouteSpec trip{"登记实际出入境日期", "Record the trip's actual dates", "", "approval.trip_dates",
                 R"({"actual_depart_date":"2026-08-01","actual_return_date":"2026-08-08"})", req_example};
  RouteSpec docs{"集中保管证照列表（可筛选逾期未归还）", "Documents in custody (filter: overdue)", "", "", "",
                 R"({"data":[{"id":2,"person_name":"张三","doc_type":"passport","status":"lent","overdue":true}],"meta":{"page":1,"page_size":20,"total":1}})"};
  RouteSpec doc_get{"证照详情", "A document in custody", "", "", "", doc_example};
  RouteSpec doc_add{"登记集中保管证照", "Register a document in custody", "", "approval.document.register",
                    R"({"person_id":12,"doc_type":"passport","number":"E12345678","expires_on":"2029-05-09"})", doc_example};
  RouteSpec lend{"借出证照（用于已批准的因私出国（境））", "Lend a document for an approved trip", "", "approval.document.lend",
                 R"({"request_id":5,"lent_on":"2026-07-30"})", doc_example};
  RouteSpec back{"归还证照", "Take a document back into custody", "", "approval.document.return",
                 R"({"returned_on":"2026-08-12"})", doc_example};

  routes.get("/approvals/mine", mine, [m](Call& c) { return my_approvals(c, *m); });
  routes.list_route("/approvals/documents", docs, list_docs);
  routes.post("/approvals/documents", doc_add, register_doc);
  routes.get("/approvals/documents/{id}", doc_get, get_doc);
  routes.post("/approvals/documents/{id}/lend", lend, [m](Call& c) { return lend_doc(c, *m); });
  routes.post("/approvals/documents/{id}/return", back, return_doc);
  routes.list_route("/approvals", list, list_approvals);
  routes.post("/approvals", submit, [m](Call& c) { return submit_approval(c, *m); });
  routes.get("/approvals/{id}", get, get_approval);
  routes.post("/approvals/{id}/resubmit", resubmit, [m](Call& c) { return resubmit_approval(c, *m); });
  routes.post("/approvals/{id}/approve", approve, approve_approval);
  routes.post("/approvals/{id}/return", ret, return_approval);
  routes.post("/approvals/{id}/trip-dates", trip, [m](Call& c) { return record_trip(c, *m); });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_approvals);

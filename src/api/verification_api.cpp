// Verification (核查) of the personal-matters reports and the integrity dossier (廉政档案),
// /api/v1/verification… (docs/modules/verification.md). Every rule of who sees what is in
// domain/verification/verification_store.h; this file maps HTTP to it. Every route checks
// inside, so the three administrators (and anyone without a grant) get the same 404 as
// for a record that does not exist. Reads of items and dossiers are audited with ids
// only; changes are audited in their transaction.
//
// One named handler per endpoint; the registration at the end is the route table.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "api/api.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "core/calendar.h"
#include "domain/auth/permissions.h"
#include "domain/dictionary/dictionary.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "domain/verification/suggestion.h"
#include "domain/verification/verification_config.h"
#include "domain/verification/verification_messages.h"
#include "domain/verification/verification_seal.h"
#include "domain/verification/verification_store.h"

QF_REGISTER_CONFIG_SECTION("verification");

using qf::auth::Role;
QF_REGISTER_PERMISSION(qf::verification::perm::kRead, "查阅个人有关事项核查（数据范围内）",
                       "Read the verification of personal-matters reports (within the data scope)", Role::kOrgHr,
                       Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION(qf::verification::perm::kManage, "组织个人有关事项核查（抽查、凡提必核、核查事项、处理结果）",
                       "Run the verification (draw, candidates, items, consequences)", Role::kOrgHr);
QF_REGISTER_PERMISSION(qf::verification::perm::kApprove, "审批核查结论", "Approve verification conclusions",
                       Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION(qf::verification::perm::kOwn, "查看本人核查事项并作出说明",
                       "See one's own verification items and explain them", Role::kPartySecretary,
                       Role::kCommitteeMember, Role::kDisciplineSecretary, Role::kDisciplineMember, Role::kBranchSecretary,
                       Role::kBranchInspector, Role::kDeptHead, Role::kStaff, Role::kOrgHr);
QF_REGISTER_PERMISSION(qf::verification::perm::kDossier, "查阅领导干部廉政档案（数据范围内）",
                       "Read leading cadres' integrity dossiers (within the data scope)", Role::kOrgHr,
                       Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION(qf::verification::perm::kDossierClues, "查阅廉政档案中的问题线索及处置结果",
                       "Read the problem clues and outcomes in integrity dossiers", Role::kDisciplineSecretary);

namespace qf::api {
namespace {

namespace vf = qf::verification;

struct Module {
  vf::VerificationConfig cfg;
};

json optional_ms(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

json round_json(const vf::Round& r) {
  return json{{"id", r.id},
              {"year", r.year},
              {"sample_percent", r.sample_percent},
              {"seed", r.seed},
              {"population_count", r.population_count},
              {"drawn_count", r.drawn_count},
              {"drawn_at", optional_ms(r.drawn_at)},
              {"drawn_by_name", r.drawn_by_name},
              {"created_at", r.created_at}};
}

json item_json(const vf::Item& it, bool with_events) {
  const auto& c = it.content;
  json j{{"id", it.id},
         {"member_id", it.member_id},
         {"round_id", it.round_id},
         {"year", it.year},
         {"person_id", it.person_id},
         {"person_name", it.person_name},
         {"department_name", it.department_name},
         {"status", it.status},
         {"item", c.item},
         {"item_title", it.item_title_zh},
         {"discrepancy", c.discrepancy},
         {"declared", c.declared},
         {"registry", c.registry},
         {"explanation", c.explanation},
         {"conclusion", c.conclusion.empty() ? json(nullptr) : json(c.conclusion)},
         {"basis", c.basis},
         {"return_reason", c.return_reason},
         {"consequences", c.consequences},
         {"suggestion", it.suggestion},
         {"created_at", it.created_at},
         {"updated_at", it.updated_at}};
  if (with_events) {
    json ev = json::array();
    for (const auto& e : it.events) ev.push_back({{"action", e.action}, {"actor_name", e.actor_name}, {"at", e.at}});
    j["events"] = ev;
    j["access"] = {{"owner", it.access.owner},
                   {"can_explain", it.access.can_explain},
                   {"can_propose", it.access.can_propose},
                   {"can_approve", it.access.can_approve},
                   {"can_consequences", it.access.can_consequences}};
  }
  return j;
}

Date today(const Call& c) { return Date::from_unix_ms(c.now_ms()); }

Result<auth::ServerKey> key_of(const Call& c) { return vf::verification_key(c.app.config.security); }

// GET /verification/rounds
Result<json> list_rounds(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  if (c.who().is_admin() || !c.who().can(vf::perm::kRead)) return Error::not_found("核查轮次", "Verification round");
  QF_TRY(auto rounds, vf::list_rounds(lease.get(), c.who()));
  json out = json::array();
  for (const auto& r : rounds) out.push_back(round_json(r));
  return json{{"rounds", out}, {"current_year", today(c).year()}};
}

// POST /verification/rounds
Result<json> create_round(Call& c, const Module& m) {
  QF_TRY(json body, c.body());
  int year = today(c).year();
  if (body.contains("year") && !body["year"].is_null()) {
    if (!body["year"].is_number_integer())
      return Error::invalid("verification.invalid", "核查年度 year 应为整数", "year must be a whole number", "year");
    year = body["year"].get<int>();
  }
  int64_t percent = m.cfg.sample_percent;
  if (body.contains("sample_percent") && !body["sample_percent"].is_null()) {
    if (!body["sample_percent"].is_number_integer())
      return Error::invalid("verification.invalid", "抽查比例 sample_percent 应为 1 至 100 的整数",
                            "sample_percent must be a whole number from 1 to 100", "sample_percent");
    percent = body["sample_percent"].get<int64_t>();
  }
  c.audit_object_type = "verification_round";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t made, vf::create_round(conn, c.who(), year, percent, today(c).year() + 1, c.now_ms()));
           c.audit_object_id = std::to_string(made);
           c.audit_summary = "新建 " + std::to_string(year) + " 年度核查轮次（抽查比例 " + std::to_string(percent) + "%）";
           return made;
         }));
  return json{{"id", id}};
}

json round_detail_json(const vf::RoundDetail& d) {
  json members = json::array();
  for (const auto& m : d.members) {
    json items = json::array();
    for (const auto& it : m.items) items.push_back(item_json(it, false));
    members.push_back({{"id", m.id},
                       {"person_id", m.person_id},
                       {"person_name", m.person_name},
                       {"employee_no", m.employee_no},
                       {"department_name", m.department_name},
                       {"position_name", m.position_name},
                       {"sampled", m.sampled},
                       {"draw_order", m.draw_order ? json(*m.draw_order) : json(nullptr)},
                       {"candidate", m.candidate},
                       {"candidate_position", m.candidate_position},
                       {"result", m.result},
                       {"items", items}});
  }
  return json{{"round", round_json(d.round)}, {"members", members}};
}

// GET /verification/rounds/{id}
Result<json> get_round(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto key, key_of(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(vf::RoundDetail d, vf::get_round(lease.get(), c.who(), key, id));
  QF_TRY_STATUS(c.audit_read("verification_round", std::to_string(id), "查看 " + std::to_string(d.round.year) + " 年度核查名单"));
  json out = round_detail_json(d);
  out["access"] = {{"can_manage", c.who().can(vf::perm::kManage)}};
  return out;
}

// POST /verification/rounds/{id}/draw
Result<json> draw_round(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  std::string seed;
  if (body.contains("seed") && !body["seed"].is_null()) {
    if (body["seed"].is_string()) seed = body["seed"].get<std::string>();
    else if (body["seed"].is_number_unsigned()) seed = std::to_string(body["seed"].get<uint64_t>());
    else
      return Error::invalid("verification.invalid", "随机种子 seed 应为数字", "seed must be a number", "seed");
  }
  c.audit_object_type = "verification_round";
  c.audit_object_id = std::to_string(id);
  QF_TRY(vf::Round r, c.tx([&](store::Connection& conn) -> Result<vf::Round> {
           QF_TRY(vf::Round done, vf::draw_round(conn, c.who(), id, seed, c.now_ms()));
           c.audit_summary = "随机抽取 " + std::to_string(done.year) + " 年度核查对象 " + std::to_string(done.drawn_count) +
                             " 人（总数 " + std::to_string(done.population_count) + "，随机种子 " + done.seed + "）";
           return done;
         }));
  return json{{"round", round_json(r)}};
}

// POST /verification/rounds/{id}/candidates
Result<json> add_candidate(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(auto person, id_field(body, "person_id"));
  if (!person)
    return Error::invalid("verification.invalid", "请选择拟提拔人选（person_id）", "person_id is required", "person_id");
  QF_TRY(auto key, key_of(c));
  c.audit_object_type = "verification_round";
  c.audit_object_id = std::to_string(id);
  QF_TRY(int64_t mid, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t made, vf::add_candidate(conn, c.who(), key, id, *person, text_field(body, "position"),
                                                  c.now_ms()));
           c.audit_summary = "将拟提拔人选列入核查（凡提必核），核查对象 " + std::to_string(made);
           return made;
         }));
  return json{{"member_id", mid}};
}

// GET /verification/rounds/{id}/export
Result<http::Response> export_round(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto key, key_of(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(vf::RoundDetail d, vf::get_round(lease.get(), c.who(), key, id));
  spreadsheet::XlsxSheet sheet;
  sheet.name = "核查名单";
  sheet.columns = {{"序号", 6},  {"抽取顺序", 10}, {"工号", 12},     {"姓名", 12},
                   {"部门", 22}, {"职务", 18},     {"列入方式", 16}, {"拟任职务", 18}};
  for (const auto& m : d.members) {
    std::string how = m.sampled && m.candidate ? "随机抽查、凡提必核" : m.sampled ? "随机抽查" : "凡提必核";
    sheet.rows.push_back({std::monostate{}, m.draw_order ? spreadsheet::XlsxCell(*m.draw_order) : spreadsheet::XlsxCell(std::string()),
                          m.employee_no, m.person_name, m.department_name, m.position_name, how, m.candidate_position});
  }
  const auto& r = d.round;
  const std::string filter =
      std::to_string(r.year) + " 年度；抽查比例 " + std::to_string(r.sample_percent) + "%；" +
      (r.drawn_at ? "随机种子 " + r.seed + "，在职领导干部 " + std::to_string(r.population_count) + " 人中抽取 " +
                        std::to_string(r.drawn_count) + " 人"
                  : std::string("尚未抽取"));
  ledger_layout(lease.get(), c, sheet, "领导干部个人有关事项核查名单", filter);
  QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
  QF_TRY_STATUS(c.audit_read("verification_round", std::to_string(id), "导出 " + std::to_string(r.year) + " 年度核查名单"));
  return xlsx_response(std::move(bytes), std::to_string(r.year) + "年度核查名单.xlsx");
}

// GET /verification/cadres?name=
Result<json> list_cadres(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  const std::string name = c.req.query_param("name").value_or("");
  QF_TRY(auto cadres, vf::cadres_in_scope(lease.get(), c.who(), name));
  json out = json::array();
  for (const auto& p : cadres)
    out.push_back({{"person_id", p.person_id},
                   {"name", p.name},
                   {"employee_no", p.employee_no},
                   {"department_name", p.department_name},
                   {"position_name", p.position_name}});
  return json{{"cadres", out}};
}

// POST /verification/members/{id}/items
Result<json> add_item(Call& c) {
  QF_TRY(int64_t member, c.id_param());
  QF_TRY(json body, c.body());
  vf::ItemContent in;
  in.item = text_field(body, "item");
  in.discrepancy = text_field(body, "discrepancy");
  in.declared = text_field(body, "declared");
  in.registry = text_field(body, "registry");
  QF_TRY(auto key, key_of(c));
  c.audit_object_type = "verification_item";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t made, vf::add_item(conn, c.who(), key, member, in, c.now_ms()));
           c.audit_object_id = std::to_string(made);
           c.audit_summary = "登记核查事项（核查对象 " + std::to_string(member) + "）";
           return made;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(vf::Item it, vf::get_item(lease.get(), c.who(), key, id));
  return json{{"item", item_json(it, true)}};
}

// GET /verification/items/{id}
Result<json> get_item(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto key, key_of(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(vf::Item it, vf::get_item(lease.get(), c.who(), key, id));
  QF_TRY_STATUS(c.audit_read("verification_item", std::to_string(id), "查看核查事项"));
  return json{{"item", item_json(it, true)}};
}

// A change of one item, in one transaction with its audit entry.
template <class F>
Result<json> change(Call& c, const std::string& summary, F&& fn) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(auto key, key_of(c));
  c.audit_object_type = "verification_item";
  c.audit_object_id = std::to_string(id);
  c.audit_summary = summary;
  QF_TRY(vf::Item it, c.tx([&](store::Connection& conn) -> Result<vf::Item> { return fn(conn, key, id, body); }));
  return json{{"item", item_json(it, true)}};
}

// POST /verification/items/{id}/explain
Result<json> explain_item(Call& c) {
  return change(c, "对核查事项作出说明", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id, const json& b) {
    return vf::explain_item(conn, c.who(), key, id, text_field(b, "explanation"), c.now_ms());
  });
}

// POST /verification/items/{id}/propose
Result<json> propose_conclusion(Call& c) {
  return change(c, "提出核查结论", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id, const json& b) {
    return vf::propose_conclusion(conn, c.who(), key, id, text_field(b, "conclusion"), text_field(b, "basis"),
                                  c.now_ms());
  });
}

// POST /verification/items/{id}/approve
Result<json> approve_conclusion(Call& c) {
  return change(c, "审批核查结论", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id, const json&) {
    return vf::approve_conclusion(conn, c.who(), key, id, c.now_ms());
  });
}

// POST /verification/items/{id}/return
Result<json> return_conclusion(Call& c) {
  return change(c, "退回核查结论", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id, const json& b) {
    return vf::return_conclusion(conn, c.who(), key, id, text_field(b, "reason"), c.now_ms());
  });
}

// POST /verification/items/{id}/consequences
Result<json> record_consequences(Call& c) {
  return change(c, "登记核查处理结果", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id, const json& b) {
    return vf::record_consequences(conn, c.who(), key, id, text_field(b, "consequences"), c.now_ms());
  });
}

// GET /verification/mine
Result<json> my_items(Call& c) {
  QF_TRY(auto key, key_of(c));
  QF_TRY(auto lease, c.app.db->acquire());
  if (c.who().is_admin() || !c.who().can(vf::perm::kOwn)) return Error::not_found("核查事项", "Verification item");
  QF_TRY(auto items, vf::my_items(lease.get(), c.who(), key));
  QF_TRY_STATUS(c.audit_read("verification_item", "mine", "查看本人核查事项"));
  json out = json::array();
  for (const auto& it : items) out.push_back(item_json(it, false));
  return json{{"items", out}};
}

// GET /verification/dossiers/{id}
Result<json> get_dossier(Call& c) {
  QF_TRY(int64_t person, c.id_param());
  QF_TRY(auto key, key_of(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(json d, vf::dossier(lease.get(), c.who(), key, person));
  QF_TRY_STATUS(c.audit_read("integrity_dossier", std::to_string(person), "查看廉政档案"));
  return d;
}

// The audit log's labels of this module's reads (the routes' own actions are labelled
// from their summaries).
void label_verification_reads() {
  auto d = dictionary::find("audit_action");
  if (!d) return;
  for (const auto& [code, zh, en] : std::vector<std::array<std::string, 3>>{
           {"verification_round.read", "查阅核查名单", "Read a verification list"},
           {"verification_item.read", "查阅核查事项", "Read a verification item"},
           {"integrity_dossier.read", "查阅廉政档案", "Read an integrity dossier"}}) {
    bool have = false;
    for (const auto& e : d->entries) have = have || e.code == code;
    if (!have) d->entries.push_back({code, zh, en, 20000 + static_cast<int>(d->entries.size())});
  }
  dictionary::register_dictionary(std::move(*d));
}

void register_verification(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("verification");
  auto cfg = vf::VerificationConfig::from_toml(section.toml, section.source);
  if (!cfg.ok()) {
    // A bad [verification] section stops `qingfeng serve` before it listens.
    std::fprintf(stderr, "%s\n%s\n", cfg.error().message_zh.c_str(), cfg.error().message_en.c_str());
    std::exit(2);
  }
  auto m = std::make_shared<Module>(Module{*cfg});
  label_verification_reads();

  dictionary::register_dictionary({"verification_conclusion", "核查结论", "Verification conclusion",
                                   {{"truthful", "如实报告", "Truthfully reported", 1},
                                    {"omitted", "漏报", "Omitted", 2},
                                    {"concealed", "瞒报", "Concealed", 3}}});
  dictionary::register_dictionary({"verification_item_status", "核查事项状态", "Verification item state",
                                   {{"awaiting_explanation", "待本人说明", "Awaiting the explanation", 1},
                                    {"explained", "待提出结论", "Awaiting a conclusion", 2},
                                    {"proposed", "待审批", "Awaiting approval", 3},
                                    {"approved", "已审批", "Approved", 4}}});
  dictionary::register_dictionary({"verification_discrepancy", "不一致类型", "Kind of discrepancy",
                                   {{"missing", "未报告", "Not declared", 1},
                                    {"understated", "已报告但少报或不一致", "Declared but understated", 2},
                                    {"other", "其他不一致", "Other", 3}}});

  app.feeds.add({vf::kExplainFeed, [](store::Connection& conn, const messages::FeedContext&) {
                   return vf::explain_reminders(conn);
                 }});
  // The home page: the cadre's items awaiting an explanation; the approver's conclusions.
  app.dashboard.push_back([](store::Connection& conn, const Call& c, DashboardParts& parts) -> Status {
    QF_TRY(int64_t mine, vf::awaiting_explanation(conn, c.who()));
    if (mine > 0)
      parts.pending.push_back(json{{"key", "verification.explain"},
                                   {"title_zh", "待说明核查事项"},
                                   {"title_en", "Verification items awaiting my explanation"},
                                   {"count", mine},
                                   {"link", "/verification/mine"}});
    QF_TRY(int64_t approve, vf::awaiting_approval(conn, c.who()));
    if (approve > 0)
      parts.pending.push_back(json{{"key", "verification.approve"},
                                   {"title_zh", "待审批核查结论"},
                                   {"title_en", "Verification conclusions awaiting approval"},
                                   {"count", approve},
                                   {"link", "/verification"}});
    return {};
  });

  const char* item_example =
      R"({"data":{"item":{"id":5,"year":2026,"person_name":"张三","status":"proposed","item":"real_estate","item_title":"11. 本人、配偶、共同生活的子女为所有权人或者共有人的房产情况","discrepancy":"missing","declared":"报告房产 1 处","registry":"不动产登记 2 处","explanation":"……","conclusion":"concealed","suggestion":{"rule_code":"missing_property","conclusion":"concealed","rule_zh":"一处或多处房产未报告"}}}})";
  RouteSpec rounds{"核查轮次列表", "Verification rounds", "", "", "",
                   R"({"data":{"rounds":[{"id":1,"year":2026,"sample_percent":10,"seed":"402118977365","population_count":40,"drawn_count":4}],"current_year":2026}})"};
  RouteSpec create{"新建年度核查轮次", "Start a year's verification round", "", "verification.round.create",
                   R"({"year":2026,"sample_percent":10})", R"({"data":{"id":1}})"};
  RouteSpec get{"核查轮次与核查名单", "A verification round and its list", "", "", "",
                R"({"data":{"round":{"id":1,"year":2026},"members":[{"id":3,"person_name":"张三","sampled":true,"draw_order":1,"candidate":false,"result":"pending","items":[]}]}})"};
  RouteSpec draw{"随机抽取核查对象（随机种子可指定，记录在案）", "Draw the random sample (the seed may be given; it is recorded)", "",
                 "verification.round.draw", R"({"seed":"20260115"})",
                 R"({"data":{"round":{"id":1,"year":2026,"seed":"20260115","population_count":40,"drawn_count":4}}})"};
  RouteSpec candidate{"列入拟提拔人选（凡提必核）", "Add a candidate proposed for promotion (凡提必核)", "",
                      "verification.round.candidate", R"({"person_id":12,"position":"规划处处长"})",
                      R"({"data":{"member_id":9}})"};
  RouteSpec xport{"导出核查名单（XLSX）", "Export the verification list (XLSX)", "", "", "", ""};
  RouteSpec cadres{"数据范围内的在职领导干部", "Active leading cadres in scope", "", "", "",
                   R"({"data":{"cadres":[{"person_id":12,"name":"张三","department_name":"规划处"}]}})"};
  RouteSpec add{"登记核查事项（报告与查核结果不一致）", "Record a discrepancy between declaration and registry", "",
                "verification.item.create",
                R"({"item":"real_estate","discrepancy":"missing","declared":"报告房产 1 处","registry":"不动产登记 2 处"})",
                item_example};
  RouteSpec item{"核查事项详情", "A verification item", "", "", "", item_example};
  RouteSpec explain{"本人对核查事项作出说明", "The cadre explains an item", "", "verification.item.explain",
                    R"({"explanation":"该房产系 2025 年继承所得，尚未办理过户"})", item_example};
  RouteSpec propose{"提出核查结论（如实报告 / 漏报 / 瞒报）", "Propose a conclusion (truthful / omitted / concealed)", "",
                    "verification.item.propose", R"({"conclusion":"concealed","basis":""})", item_example};
  RouteSpec approve{"审批核查结论", "Approve a conclusion", "", "verification.item.approve", "{}", item_example};
  RouteSpec ret{"退回核查结论（须说明原因）", "Return a conclusion (with a reason)", "", "verification.item.return",
                R"({"reason":"请补充不动产登记查询材料"})", item_example};
  RouteSpec consequences{"登记核查处理结果", "Record the consequences", "", "verification.item.consequences",
                         R"({"consequences":"批评教育，取消本次提拔资格"})", item_example};
  RouteSpec mine{"本人的核查事项", "My verification items", "", "", "", R"({"data":{"items":[]}})"};
  RouteSpec dossier{"领导干部廉政档案", "A leading cadre's integrity dossier", "", "", "",
                    R"({"data":{"person":{"id":12,"name":"张三"},"barred_from_promotion":true,"declarations":[],"verification":[],"approvals":[],"talks":[],"clues":null}})"};

  routes.get("/verification/rounds", rounds, list_rounds);
  routes.post("/verification/rounds", create, [m](Call& c) { return create_round(c, *m); });
  routes.get("/verification/rounds/{id}", get, get_round);
  routes.post("/verification/rounds/{id}/draw", draw, draw_round);
  routes.post("/verification/rounds/{id}/candidates", candidate, add_candidate);
  routes.raw_route("GET", "/verification/rounds/{id}/export", xport, export_round);
  routes.get("/verification/cadres", cadres, list_cadres);
  routes.post("/verification/members/{id}/items", add, add_item);
  routes.get("/verification/items/{id}", item, get_item);
  routes.post("/verification/items/{id}/explain", explain, explain_item);
  routes.post("/verification/items/{id}/propose", propose, propose_conclusion);
  routes.post("/verification/items/{id}/approve", approve, approve_conclusion);
  routes.post("/verification/items/{id}/return", ret, return_conclusion);
  routes.post("/verification/items/{id}/consequences", consequences, record_consequences);
  routes.get("/verification/mine", mine, my_items);
  routes.get("/verification/dossiers/{id}", dossier, get_dossier);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_verification);

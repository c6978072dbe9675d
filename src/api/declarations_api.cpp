// Personal-matters reports (领导干部个人有关事项报告), /api/v1/declarations…
// (docs/modules/declarations.md). Every rule of who sees what is in
// domain/declarations/declaration_store.h; this file maps HTTP to it. Every route checks
// its permission inside, not in the route table, so that the three administrators (and
// anyone else without a grant) get the same 404 as for a report that does not exist.
// Every read of a report is audited (Call::audit_read) with its id and year only.
//
// One named handler per endpoint; the registration at the end is the route table.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "api/api.h"
#include "core/calendar.h"
#include "domain/auth/permissions.h"
#include "domain/declarations/declaration_messages.h"
#include "domain/declarations/declaration_seal.h"
#include "domain/declarations/declaration_store.h"
#include "domain/declarations/declarations_config.h"
#include "domain/dictionary/dictionary.h"

QF_REGISTER_CONFIG_SECTION("declarations");

using qf::auth::Role;
QF_REGISTER_PERMISSION(qf::declarations::perm::kOwn, "填报本人个人有关事项报告（领导干部）",
                       "File one's own personal-matters report (leading cadres)", Role::kPartySecretary,
                       Role::kCommitteeMember, Role::kDisciplineSecretary, Role::kDisciplineMember, Role::kBranchSecretary,
                       Role::kBranchInspector, Role::kDeptHead, Role::kStaff, Role::kOrgHr);
QF_REGISTER_PERMISSION(qf::declarations::perm::kRead, "查阅领导干部个人有关事项报告（数据范围内）",
                       "Read leading cadres' personal-matters reports (within the data scope)", Role::kOrgHr,
                       Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION(qf::declarations::perm::kReview, "退回、签收个人有关事项报告",
                       "Return or accept personal-matters reports", Role::kOrgHr);

namespace qf::api {
namespace {

namespace dc = qf::declarations;

struct Module {
  dc::DeclarationsConfig cfg;
};

Error hidden() { return Error::not_found("个人有关事项报告", "Personal-matters report"); }

bool may_use(const auth::Principal& who) {
  return !who.is_admin() && (who.can(dc::perm::kOwn) || who.can(dc::perm::kRead));
}

Date today(const Call& c) { return Date::from_unix_ms(c.now_ms()); }

json optional_ms(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

json declaration_json(const dc::Declaration& d) {
  return json{{"id", d.id},
              {"person_id", d.person_id},
              {"person_name", d.person_name},
              {"department_name", d.department_name},
              {"year", d.year},
              {"kind", std::string(dc::kind_code(d.kind))},
              {"form_revision", d.form_revision},
              {"state", std::string(dc::state_code(d.state))},
              {"version", d.version},
              {"created_at", d.created_at},
              {"updated_at", d.updated_at},
              {"submitted_at", optional_ms(d.submitted_at)},
              {"accepted_at", optional_ms(d.accepted_at)}};
}

Result<int64_t> version_of(const json& body) {
  if (!body.contains("version") || !body["version"].is_number_integer())
    return Error::invalid("declaration.invalid", "缺少 version（报告的版本号）", "version (the report's version) is required",
                          "version");
  return body["version"].get<int64_t>();
}

std::string year_summary(const dc::Declaration& d) {
  return std::string(d.kind == dc::Kind::kAnnual ? "年度报告 " : "事项变化报告 ") + std::to_string(d.year);
}

// GET /declarations/form
Result<json> get_form(Call& c, const Module& m) {
  if (!may_use(c.who())) return hidden();
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(dc::FormDef form, dc::load_form(lease.get()));
  const int year = m.cfg.current_report_year(today(c));
  return json{{"form", form.raw},
              {"current_year", year},
              {"annual_due", m.cfg.annual_due_date(year).to_string()},
              {"change_within_days", m.cfg.change_within_days}};
}

// GET /declarations/mine
Result<json> my_declarations(Call& c, const Module& m) {
  if (!may_use(c.who())) return hidden();
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto cadre, dc::own_cadre(lease.get(), c.who()));
  dc::ListQuery q;
  q.mine = true;
  q.limit = 200;
  QF_TRY(auto list, dc::list_declarations(lease.get(), c.who(), q));
  QF_TRY_STATUS(c.audit_read("declaration_list", "mine", "查看本人个人有关事项报告列表"));
  const int year = m.cfg.current_report_year(today(c));
  json items = json::array();
  json current = nullptr;
  for (const auto& d : list.first) {
    items.push_back(declaration_json(d));
    if (d.kind == dc::Kind::kAnnual && d.year == year) current = declaration_json(d);
  }
  return json{{"leading_cadre", cadre.has_value()},
              {"person_name", cadre ? cadre->name : std::string()},
              {"current_year", year},
              {"annual_due", m.cfg.annual_due_date(year).to_string()},
              {"current_annual", current},
              {"items", items}};
}

// GET /declarations (organisation department, discipline committee)
Result<std::pair<json, int64_t>> list_for_readers(Call& c) {
  if (c.who().is_admin() || !c.who().can(dc::perm::kRead)) return hidden();
  QF_TRY(Paging paging, c.paging());
  dc::ListQuery q;
  q.offset = paging.offset();
  q.limit = paging.page_size;
  if (auto y = c.req.query_param("year"); y && !y->empty()) {
    try {
      q.year = std::stoi(*y);
    } catch (...) {
      return Error::invalid("declaration.invalid", "参数 year 应为年份", "Parameter year must be a year", "year");
    }
  }
  if (auto s = c.req.query_param("state"); s && !s->empty()) {
    q.state = dc::state_from_code(*s);
    if (!q.state || *q.state == dc::State::kDraft)
      return Error::invalid("declaration.invalid", "参数 state 应为 submitted、returned 或 accepted",
                            "Parameter state must be submitted, returned or accepted", "state");
  }
  if (auto k = c.req.query_param("kind"); k && !k->empty()) {
    q.kind = dc::kind_from_code(*k);
    if (!q.kind)
      return Error::invalid("declaration.invalid", "参数 kind 应为 annual 或 change", "Parameter kind must be annual or change",
                            "kind");
  }
  if (auto n = c.req.query_param("name")) q.name = *n;
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, dc::list_declarations(lease.get(), c.who(), q));
  QF_TRY_STATUS(c.audit_read("declaration_list", "", "查看个人有关事项报告列表"));
  json items = json::array();
  for (const auto& d : r.first) items.push_back(declaration_json(d));
  return std::make_pair(std::move(items), r.second);
}

// POST /declarations
Result<json> create_declaration(Call& c, const Module& m) {
  if (!may_use(c.who())) return hidden();
  QF_TRY(json body, c.body());
  const std::string kind_text = body.value("kind", std::string("annual"));
  auto kind = dc::kind_from_code(kind_text);
  if (!kind)
    return Error::invalid("declaration.invalid", "报告类型 kind 应为 annual（年度集中报告）或 change（事项变化报告）",
                          "kind must be annual (yearly report) or change (report of a change)", "kind");
  const int current = m.cfg.current_report_year(today(c));
  int year = *kind == dc::Kind::kAnnual ? current : today(c).year();
  if (body.contains("year")) {
    if (!body["year"].is_number_integer())
      return Error::invalid("declaration.invalid", "报告年度 year 应为整数", "year must be a whole number", "year");
    year = body["year"].get<int>();
  }
  QF_TRY(auto key, dc::declaration_key(c.app.config.security));
  c.audit_object_type = "declaration";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t made, dc::create_declaration(conn, c.who(), key, *kind, year,
                                                       std::max(current, today(c).year()), c.now_ms()));
           c.audit_object_id = std::to_string(made);
           c.audit_summary = std::string(*kind == dc::Kind::kAnnual ? "新建年度报告 " : "新建事项变化报告 ") + std::to_string(year);
           return made;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(dc::Detail d, dc::get_declaration(lease.get(), c.who(), key, id));
  return json{{"declaration", declaration_json(d.declaration)}};
}

json detail_json(const dc::Detail& d) {
  json events = json::array();
  for (const auto& e : d.events)
    events.push_back({{"action", e.action}, {"actor_name", e.actor_name}, {"note", e.note}, {"at", e.at}});
  return json{{"declaration", declaration_json(d.declaration)},
              {"content", d.content},
              {"events", events},
              {"return_reason", d.last_return_reason},
              {"access", {{"owner", d.access.owner}, {"can_edit", d.access.can_edit}, {"can_review", d.access.can_review}}}};
}

// GET /declarations/{id}
Result<json> get_declaration(Call& c) {
  if (!may_use(c.who())) return hidden();
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto key, dc::declaration_key(c.app.config.security));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(dc::Detail d, dc::get_declaration(lease.get(), c.who(), key, id));
  QF_TRY(dc::FormDef form, dc::load_form(lease.get(), d.declaration.form_revision));
  QF_TRY_STATUS(c.audit_read("declaration", std::to_string(id), "查看个人有关事项报告 " + year_summary(d.declaration)));
  json out = detail_json(d);
  out["form"] = form.raw;
  return out;
}

// GET /declarations/{id}/compare
Result<json> compare_declaration(Call& c) {
  if (!may_use(c.who())) return hidden();
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto key, dc::declaration_key(c.app.config.security));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(json cmp, dc::compare_with_previous(lease.get(), c.who(), key, id));
  QF_TRY_STATUS(c.audit_read("declaration", std::to_string(id), "与上一年度比对个人有关事项报告"));
  return cmp;
}

// A state-changing call on one report, in one transaction with its audit entry.
template <class F>
Result<json> change(Call& c, const std::string& summary, F&& fn) {
  if (!may_use(c.who())) return hidden();
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(auto key, dc::declaration_key(c.app.config.security));
  c.audit_object_type = "declaration";
  c.audit_object_id = std::to_string(id);
  QF_TRY(dc::Declaration d, c.tx([&](store::Connection& conn) -> Result<dc::Declaration> {
           QF_TRY(dc::Declaration done, fn(conn, key, id, body));
           c.audit_summary = summary + " " + year_summary(done);
           return done;
         }));
  return json{{"declaration", declaration_json(d)}};
}

// PUT /declarations/{id}
Result<json> save_declaration(Call& c) {
  return change(c, "保存个人有关事项报告", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                              const json& body) -> Result<dc::Declaration> {
    QF_TRY(int64_t version, version_of(body));
    if (!body.contains("content"))
      return Error::invalid("declaration.invalid", "缺少 content（报告内容）", "content is required", "content");
    return dc::save_declaration(conn, c.who(), key, id, version, body["content"], c.now_ms());
  });
}

// POST /declarations/{id}/submit
Result<json> submit_declaration(Call& c) {
  return change(c, "报送个人有关事项报告", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                              const json& body) -> Result<dc::Declaration> {
    QF_TRY(int64_t version, version_of(body));
    return dc::submit_declaration(conn, c.who(), key, id, version, c.now_ms());
  });
}

// POST /declarations/{id}/return
Result<json> return_declaration(Call& c) {
  return change(c, "退回个人有关事项报告", [&](store::Connection& conn, const auth::ServerKey& key, int64_t id,
                                              const json& body) -> Result<dc::Declaration> {
    const std::string reason = body.contains("reason") && body["reason"].is_string() ? body["reason"].get<std::string>() : "";
    return dc::return_declaration(conn, c.who(), key, id, reason, c.now_ms());
  });
}

// POST /declarations/{id}/accept
Result<json> accept_declaration(Call& c) {
  return change(c, "签收个人有关事项报告", [&](store::Connection& conn, const auth::ServerKey&, int64_t id,
                                              const json&) -> Result<dc::Declaration> {
    return dc::accept_declaration(conn, c.who(), id, c.now_ms());
  });
}

void register_declarations(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("declarations");
  auto cfg = dc::DeclarationsConfig::from_toml(section.toml, section.source);
  if (!cfg.ok()) {
    // A bad [declarations] section stops `qingfeng serve` before it listens.
    std::fprintf(stderr, "%s\n%s\n", cfg.error().message_zh.c_str(), cfg.error().message_en.c_str());
    std::exit(2);
  }
  auto m = std::make_shared<Module>(Module{*cfg});

  dictionary::register_dictionary({"declaration_state", "个人有关事项报告状态", "Personal-matters report state",
                                   {{"draft", "草稿", "Draft", 1},
                                    {"submitted", "已报送", "Submitted", 2},
                                    {"returned", "已退回", "Returned", 3},
                                    {"accepted", "已签收", "Accepted", 4}}});
  dictionary::register_dictionary({"declaration_kind", "个人有关事项报告类型", "Personal-matters report kind",
                                   {{"annual", "年度集中报告", "Yearly report", 1},
                                    {"change", "事项变化报告", "Report of a change", 2}}});

  app.feeds.add({dc::kDueFeed, [cfg = *cfg](store::Connection& conn, const messages::FeedContext& f) {
                   return dc::due_reminders(conn, cfg, f);
                 }});
  app.feeds.add({dc::kReturnedFeed, [](store::Connection& conn, const messages::FeedContext&) {
                   return dc::returned_reminders(conn);
                 }});

  const char* decl_example =
      R"({"data":{"declaration":{"id":3,"person_id":12,"person_name":"张三","department_name":"规划处","year":2026,"kind":"annual","form_revision":"2023","state":"submitted","version":4}}})";
  RouteSpec form{"个人有关事项报告表（当前版本）与填报期限", "The report form (current revision) and the due date", "", "", "",
                 R"({"data":{"form":{"revision":"2023","sections":[]},"current_year":2026,"annual_due":"2027-01-31","change_within_days":30}})"};
  RouteSpec mine{"本人的个人有关事项报告", "My personal-matters reports", "", "", "",
                 R"({"data":{"leading_cadre":true,"current_year":2026,"annual_due":"2027-01-31","current_annual":null,"items":[]}})"};
  RouteSpec list{"个人有关事项报告列表（组织人事部门、纪委，数据范围内，不含草稿）",
                 "Personal-matters reports (organisation department, discipline committee; in scope; no drafts)", "", "",
                 "", R"({"data":[{"id":3,"person_name":"张三","year":2026,"kind":"annual","state":"submitted"}],"meta":{"page":1,"page_size":20,"total":1}})"};
  RouteSpec create{"新建个人有关事项报告", "Start a personal-matters report", "", "declaration.create",
                   R"({"kind":"annual","year":2026})", decl_example};
  RouteSpec get{"个人有关事项报告详情", "A personal-matters report", "", "", "",
                R"({"data":{"declaration":{"id":3,"state":"draft"},"content":{"items":{"marriage":{"rows":[{"status":"已婚"}]}}},"events":[],"access":{"owner":true,"can_edit":true,"can_review":false}}})"};
  RouteSpec compare{"与上一年度报告比对", "Compare with the previous year's report", "", "", "",
                    R"({"data":{"previous":{"id":2,"year":2025},"items":[{"item":"real_estate","changes":[{"change":"added","row":2}]}]}})"};
  RouteSpec save{"保存个人有关事项报告（草稿）", "Save a personal-matters report (draft)", "", "declaration.save",
                 R"({"version":1,"content":{"items":{"marriage":{"rows":[{"status":"已婚","spouse_name":"李四"}]}}}})",
                 decl_example};
  RouteSpec submit{"报送个人有关事项报告", "Submit a personal-matters report", "", "declaration.submit", R"({"version":2})",
                   decl_example};
  RouteSpec ret{"退回个人有关事项报告（须说明原因）", "Return a personal-matters report for correction (with a reason)", "",
                "declaration.return", R"({"reason":"房产面积与不动产登记不符，请核实"})", decl_example};
  RouteSpec accept{"签收个人有关事项报告", "Accept a personal-matters report", "", "declaration.accept", "{}", decl_example};

  routes.get("/declarations/form", form, [m](Call& c) { return get_form(c, *m); });
  routes.get("/declarations/mine", mine, [m](Call& c) { return my_declarations(c, *m); });
  routes.list_route("/declarations", list, list_for_readers);
  routes.post("/declarations", create, [m](Call& c) { return create_declaration(c, *m); });
  routes.get("/declarations/{id}", get, get_declaration);
  routes.get("/declarations/{id}/compare", compare, compare_declaration);
  routes.put("/declarations/{id}", save, save_declaration);
  routes.post("/declarations/{id}/submit", submit, submit_declaration);
  routes.post("/declarations/{id}/return", ret, return_declaration);
  routes.post("/declarations/{id}/accept", accept, accept_declaration);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_declarations);

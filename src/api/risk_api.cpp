// Integrity-risk prevention (廉政风险防控), /api/v1/risk/…: risk points with review and
// history, negative lists with the coverage report, staff acknowledgements and the
// heat map. Who sees what: domain/risk/risk.h and docs/modules/risk.md. The three
// administrators hold none of these permissions (三员分立).
//
// One named handler per endpoint; the registration at the end is the route table.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "api/api.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "domain/auth/permissions.h"
#include "domain/dictionary/dictionary.h"
#include "domain/org/data_scope.h"
#include "domain/org/people.h"
#include "domain/risk/risk.h"
#include "domain/spreadsheet/xlsx_writer.h"

QF_REGISTER_CONFIG_SECTION("risk");

using qf::auth::Role;
QF_REGISTER_PERMISSION("risk.read", "查看廉政风险防控", "Read integrity-risk prevention", Role::kPartySecretary,
                       Role::kCommitteeMember, Role::kDisciplineSecretary, Role::kDisciplineMember, Role::kDeptHead);
QF_REGISTER_PERMISSION("risk.manage", "维护本部门风险点和负面清单", "Maintain the department's risk points and negative list",
                       Role::kDeptHead);
QF_REGISTER_PERMISSION("risk.review", "审核风险点", "Review risk points", Role::kDisciplineSecretary,
                       Role::kDisciplineMember);
QF_REGISTER_PERMISSION("risk.acknowledge", "确认知悉负面清单和岗位风险点",
                       "Acknowledge the negative list and the position's risk points", Role::kPartySecretary,
                       Role::kCommitteeMember, Role::kDisciplineSecretary, Role::kDisciplineMember,
                       Role::kBranchSecretary, Role::kBranchInspector, Role::kDeptHead, Role::kStaff, Role::kOrgHr);

namespace qf::api {
namespace {

constexpr const char* kRead = "risk.read";
constexpr const char* kManage = "risk.manage";
constexpr const char* kReview = "risk.review";
constexpr const char* kAcknowledge = "risk.acknowledge";

std::string today_of(const Call& c) { return org::beijing_date(c.now_ms()); }
int this_year(const Call& c) { return std::stoi(today_of(c).substr(0, 4)); }

risk::Actor actor_of(const Call& c) {
  return {c.who().account_id, c.who().display_name.empty() ? c.who().username : c.who().display_name};
}

json point_json(const risk::RiskPoint& p) {
  json measures = json::array();
  for (const auto& m : p.measures)
    measures.push_back(json{{"measure", m.measure}, {"owner_person_id", nullable(m.owner_person_id)},
                            {"owner_name", m.owner_name}});
  return json{{"id", p.id},
              {"department_id", p.department_id},
              {"department_name", p.department_name},
              {"position_id", nullable(p.position_id)},
              {"position_name", p.position_name},
              {"category", p.category},
              {"description", p.description},
              {"likelihood", p.likelihood},
              {"impact", p.impact},
              {"level", p.level},
              {"status", p.status},
              {"return_reason", p.return_reason},
              {"last_reviewed_date", p.last_reviewed_date ? json(*p.last_reviewed_date) : json(nullptr)},
              {"next_review_date", p.next_review_date ? json(*p.next_review_date) : json(nullptr)},
              {"revision", p.revision},
              {"updated_at", p.updated_at},
              {"measures", measures}};
}

json list_json(const risk::NegativeList& l) {
  return json{{"id", l.id},           {"department_id", l.department_id}, {"department_name", l.department_name},
              {"year", l.year},       {"items", l.items},                 {"revision", l.revision},
              {"updated_at", l.updated_at}, {"acknowledged", l.acknowledged}, {"staff", l.staff}};
}

// An integer field; `lo`..`hi` checked by the domain. Absent → 0.
Result<int64_t> int_field(const json& body, const char* key) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return int64_t{0};
  if (it->is_number_integer()) return it->get<int64_t>();
  return Error::invalid("request.integer", std::string("字段 ") + key + " 应为整数",
                        std::string(key) + " must be an integer", key);
}

Result<risk::RiskInput> point_input(const json& body) {
  risk::RiskInput in;
  QF_TRY(auto dept, id_field(body, "department_id"));
  in.department_id = dept.value_or(0);
  QF_TRY(in.position_id, id_field(body, "position_id"));
  in.category = text_field(body, "category");
  in.description = text_field(body, "description");
  QF_TRY(in.likelihood, int_field(body, "likelihood"));
  QF_TRY(in.impact, int_field(body, "impact"));
  auto ms = body.find("measures");
  if (ms != body.end() && !ms->is_null()) {
    if (!ms->is_array())
      return Error::invalid("request.array", "字段 measures 应为数组", "measures must be an array", "measures");
    for (size_t i = 0; i < ms->size(); ++i) {
      const json& m = (*ms)[i];
      const std::string f = "measures[" + std::to_string(i) + "]";
      if (!m.is_object())
        return Error::invalid("request.object", "字段 " + f + " 应为对象", f + " must be an object", f);
      risk::Measure x;
      x.measure = text_field(m, "measure");
      x.owner_name = text_field(m, "owner_name");
      QF_TRY(x.owner_person_id, id_field(m, "owner_person_id", f + ".owner_person_id"));
      in.measures.push_back(std::move(x));
    }
  }
  return in;
}

// The filters of GET /risk/points and its export.
Result<risk::PointQuery> list_filters(const Call& c) {
  risk::PointQuery q;
  QF_TRY(q.department_id, query_id(c, "department_id"));
  if (auto s = c.req.query_param("category"); s && !s->empty()) {
    if (!risk::is_category(std::string(*s)))
      return Error::invalid("risk.invalid", "参数 category 不在字典 risk_category 中",
                            "Parameter category is not in dictionary risk_category", "category");
    q.category = std::string(*s);
  }
  if (auto s = c.req.query_param("level"); s && !s->empty()) {
    if (*s != "1" && *s != "2" && *s != "3")
      return Error::invalid("risk.invalid", "参数 level 应为 1、2 或 3", "Parameter level must be 1, 2 or 3", "level");
    q.level = std::stoi(std::string(*s));
  }
  if (auto s = c.req.query_param("status"); s && !s->empty()) {
    if (*s != "submitted" && *s != "approved" && *s != "returned")
      return Error::invalid("risk.invalid", "参数 status 应为 submitted、approved 或 returned",
                            "Parameter status must be submitted, approved or returned", "status");
    q.status = std::string(*s);
  }
  return q;
}

// GET /risk/points
Result<std::pair<json, int64_t>> list_risk_points(Call& c) {
  QF_TRY(Paging paging, c.paging());
  QF_TRY(risk::PointQuery q, list_filters(c));
  q.offset = paging.offset();
  q.limit = paging.page_size;
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, risk::list_points(lease.get(), c.who(), q));
  json items = json::array();
  for (const auto& p : r.first) items.push_back(point_json(p));
  return std::make_pair(std::move(items), r.second);
}

// GET /risk/points/export — the filtered list as XLSX (at most 10,000 rows).
Result<http::Response> export_risk_points(Call& c) {
  QF_TRY(auto page, list_filters(c));
  page.offset = 0;
  page.limit = 10000;
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, risk::list_points(lease.get(), c.who(), page));
  spreadsheet::XlsxSheet sheet = risk::points_sheet(r.first);
  const std::string filter = filter_words(lease.get(), c,
                                          {{"department_id", "部门", FilterWord::Kind::kDepartment},
                                           {"category", "风险类别", FilterWord::Kind::kDictionary, "risk_category"},
                                           {"level", "风险等级"},
                                           {"status", "状态"}});
  ledger_layout(lease.get(), c, sheet, "廉政风险点台账", filter);
  QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
  return xlsx_response(std::move(bytes), "廉政风险点.xlsx");
}

// GET /risk/points/{id}
Result<json> get_risk_point(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(risk::RiskPoint p, risk::get_point(lease.get(), c.who(), id));
  QF_TRY(auto reviews, risk::reviews_of(lease.get(), id));
  QF_TRY(auto managed, risk::managed_departments(lease.get(), c.who()));
  json out = point_json(p);
  json history = json::array();
  for (const auto& r : reviews)
    history.push_back(json{{"id", r.id}, {"action", r.action}, {"reason", r.reason}, {"level", r.level},
                           {"actor_name", r.actor_name}, {"created_at", r.created_at}});
  out["history"] = history;
  out["can_edit"] = c.who().can(kManage) && managed.count(p.department_id) > 0;
  out["can_review"] = c.who().can(kReview) && p.status == "submitted";
  return out;
}

// POST /risk/points
Result<json> create_risk_point(Call& c, const risk::RiskConfig& cfg) {
  QF_TRY(json body, c.body());
  QF_TRY(risk::RiskInput in, point_input(body));
  c.audit_object_type = "risk_point";
  QF_TRY(risk::RiskPoint p, c.tx([&](store::Connection& conn) -> Result<risk::RiskPoint> {
           QF_TRY(risk::RiskPoint made, risk::create_point(conn, c.who(), actor_of(c), in, cfg, c.now_ms()));
           c.audit_object_id = std::to_string(made.id);
           return made;
         }));
  return point_json(p);
}

// PUT /risk/points/{id}
Result<json> update_risk_point(Call& c, const risk::RiskConfig& cfg) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(risk::RiskInput in, point_input(body));
  c.audit_object_type = "risk_point";
  c.audit_object_id = std::to_string(id);
  QF_TRY(risk::RiskPoint p, c.tx([&](store::Connection& conn) {
           return risk::update_point(conn, c.who(), actor_of(c), id, in, cfg, c.now_ms());
         }));
  return point_json(p);
}

// POST /risk/points/{id}/review   {"decision":"approve"|"return","reason":…}
Result<json> review_risk_point(Call& c, const risk::RiskConfig& cfg) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  const std::string decision = text_field(body, "decision");
  if (decision != "approve" && decision != "return")
    return Error::invalid("risk.invalid", "字段 decision 应为 approve（通过）或 return（退回）",
                          "decision must be approve or return", "decision");
  c.audit_object_type = "risk_point";
  c.audit_object_id = std::to_string(id);
  c.audit_summary = decision;
  QF_TRY(risk::RiskPoint p, c.tx([&](store::Connection& conn) -> Result<risk::RiskPoint> {
           if (decision == "approve")
             return risk::approve_point(conn, c.who(), actor_of(c), id, cfg, today_of(c), c.now_ms());
           return risk::return_point(conn, c.who(), actor_of(c), id, text_field(body, "reason"), c.now_ms());
         }));
  return point_json(p);
}

Result<std::optional<int>> level_param(const Call& c) {
  auto s = c.req.query_param("level");
  if (!s || s->empty()) return std::optional<int>{};
  if (*s != "1" && *s != "2" && *s != "3")
    return Error::invalid("risk.invalid", "参数 level 应为 1、2 或 3", "Parameter level must be 1, 2 or 3", "level");
  return std::optional<int>{std::stoi(std::string(*s))};
}

Result<int> year_param(const Call& c) {
  auto s = c.req.query_param("year");
  if (!s || s->empty()) return this_year(c);
  int y = 0;
  try {
    size_t used = 0;
    y = std::stoi(std::string(*s), &used);
    if (used != s->size()) y = 0;
  } catch (...) {
    y = 0;
  }
  if (y < 2000 || y > 2100)
    return Error::invalid("risk.invalid", "参数 year 应为 2000–2100 的年度", "Parameter year must be from 2000 to 2100",
                          "year");
  return y;
}

// GET /risk/heatmap
Result<json> risk_heatmap(Call& c) {
  QF_TRY(auto level, level_param(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto cells, risk::heatmap(lease.get(), c.who(), level));
  json out = json::array();
  for (const auto& h : cells)
    out.push_back(json{{"department_id", h.department_id}, {"department_name", h.department_name},
                       {"category", h.category}, {"level", h.level}, {"count", h.count}});
  return json{{"cells", out}};
}

// GET /risk/negative-lists?year=
Result<json> list_negative_lists(Call& c) {
  QF_TRY(int year, year_param(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto lists, risk::list_negative_lists(lease.get(), c.who(), year));
  QF_TRY(auto managed, risk::managed_departments(lease.get(), c.who()));
  json out = json::array();
  for (const auto& l : lists) out.push_back(list_json(l));
  json mine = json::array();
  if (c.who().can(kManage))
    for (int64_t d : managed) mine.push_back(d);
  return json{{"year", year}, {"lists", out}, {"managed_department_ids", mine}};
}

// PUT /risk/negative-lists   {"department_id","year","items":[…]}
Result<json> save_negative_list(Call& c) {
  QF_TRY(json body, c.body());
  QF_TRY(auto dept, id_field(body, "department_id"));
  QF_TRY(int64_t year, int_field(body, "year"));
  if (year == 0) year = this_year(c);
  std::vector<std::string> items;
  auto it = body.find("items");
  if (it != body.end() && !it->is_null()) {
    if (!it->is_array()) return Error::invalid("request.array", "字段 items 应为数组", "items must be an array", "items");
    for (size_t i = 0; i < it->size(); ++i) {
      if (!(*it)[i].is_string())
        return Error::invalid("request.string", "字段 items[" + std::to_string(i) + "] 应为文字",
                              "items[" + std::to_string(i) + "] must be text", "items[" + std::to_string(i) + "]");
      items.push_back((*it)[i].get<std::string>());
    }
  }
  c.audit_object_type = "negative_list";
  QF_TRY(risk::NegativeList l, c.tx([&](store::Connection& conn) -> Result<risk::NegativeList> {
           QF_TRY(auto saved, risk::save_negative_list(conn, c.who(), dept.value_or(0), static_cast<int>(year), items,
                                                       actor_of(c), c.now_ms()));
           c.audit_object_id = std::to_string(saved.id);
           return saved;
         }));
  return list_json(l);
}

// GET /risk/coverage?year=
Result<json> negative_list_coverage(Call& c) {
  QF_TRY(int year, year_param(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, risk::coverage(lease.get(), c.who(), year));
  json out = json::array();
  int64_t covered = 0;
  for (const auto& r : rows) {
    covered += r.list_id ? 1 : 0;
    out.push_back(json{{"department_id", r.department_id}, {"department_name", r.department_name},
                       {"list_id", nullable(r.list_id)}, {"items", r.items}});
  }
  const auto total = static_cast<int64_t>(rows.size());
  return json{{"year", year}, {"departments", total}, {"covered", covered},
              {"full_coverage", total > 0 && covered == total}, {"rows", out}};
}

// GET /risk/mine
Result<json> my_risk_items(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(risk::Mine m, risk::mine(lease.get(), c.who(), this_year(c)));
  json points = json::array();
  for (const auto& p : m.risk_points) points.push_back(point_json(p));
  json items = json::array();
  for (const auto& i : m.items)
    items.push_back(json{{"object_type", i.object_type}, {"object_id", i.object_id}, {"revision", i.revision},
                         {"acknowledged", i.acknowledged}});
  return json{{"negative_list", m.negative_list ? list_json(*m.negative_list) : json(nullptr)},
              {"risk_points", points},
              {"items", items}};
}

// POST /risk/acknowledgements   {"object_type","object_id"}
Result<json> acknowledge_risk_item(Call& c) {
  QF_TRY(json body, c.body());
  const std::string type = text_field(body, "object_type");
  if (type != "negative_list" && type != "risk_point")
    return Error::invalid("risk.invalid", "字段 object_type 应为 negative_list 或 risk_point",
                          "object_type must be negative_list or risk_point", "object_type");
  QF_TRY(auto id, id_field(body, "object_id"));
  if (!id) return Error::invalid("risk.invalid", "请填写 object_id", "object_id is required", "object_id");
  c.audit_object_type = type;
  c.audit_object_id = std::to_string(*id);
  QF_TRY(risk::MineItem i, c.tx([&](store::Connection& conn) {
           return risk::acknowledge(conn, c.who(), type, *id, this_year(c), c.now_ms());
         }));
  return json{{"object_type", i.object_type}, {"object_id", i.object_id}, {"revision", i.revision},
              {"acknowledged", i.acknowledged}};
}

void register_risk(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("risk");
  auto parsed = risk::RiskConfig::from_toml(section.toml, section.source);
  if (!parsed.ok()) {
    // A bad [risk] section stops `qingfeng serve` before it listens.
    std::fprintf(stderr, "%s\n%s\n", parsed.error().message_zh.c_str(), parsed.error().message_en.c_str());
    std::exit(2);
  }
  auto cfg = std::make_shared<risk::RiskConfig>(*parsed);

  dictionary::Dictionary categories{risk::kCategoryDictionary, "廉政风险类别", "Integrity-risk categories", {}};
  int sort = 0;
  for (const auto& cat : risk::categories()) categories.entries.push_back({cat.code, cat.label_zh, cat.label_en, sort += 10});
  dictionary::register_dictionary(categories);
  dictionary::register_dictionary({"risk_level", "风险等级", "Risk levels",
                                   {{"1", "一级（高）", "Level 1 (high)", 10},
                                    {"2", "二级（中）", "Level 2 (medium)", 20},
                                    {"3", "三级（低）", "Level 3 (low)", 30}}});
  dictionary::register_dictionary({"risk_status", "风险点状态", "Risk point status",
                                   {{"submitted", "待审核", "Awaiting review", 10},
                                    {"approved", "已审核", "Approved", 20},
                                    {"returned", "已退回", "Returned", 30}}});

  app.feeds.add({risk::kReviewFeed, [cfg](store::Connection& conn, const messages::FeedContext& f) {
                   return risk::review_reminders(conn, *cfg, f.today.to_string());
                 }});
  app.feeds.add({risk::kSubmittedFeed, [](store::Connection& conn, const messages::FeedContext&) {
                   return risk::submitted_reminders(conn);
                 }});

  RouteSpec list{"风险点列表", "Risk points", kRead, "", "",
                 R"({"data":[{"id":3,"department_id":5,"department_name":"财务处","category":"expenditure","description":"报销审核把关不严","likelihood":4,"impact":4,"level":1,"status":"approved","next_review_date":"2026-09-01","measures":[{"measure":"双人审核","owner_name":"张三"}]}],"meta":{"page":1,"page_size":20,"total":1}})"};
  RouteSpec exported{"导出风险点（Excel）", "Export risk points (Excel)", kRead};
  RouteSpec get{"风险点详情（含审核记录）", "A risk point with its review history", kRead};
  RouteSpec create{"新增本部门风险点", "Add a risk point of the own department", kManage, "risk.point.create",
                   R"({"department_id":5,"position_id":12,"category":"expenditure","description":"报销审核把关不严","likelihood":4,"impact":4,"measures":[{"measure":"双人审核","owner_person_id":31}]})"};
  RouteSpec update{"修改本部门风险点（重新提交审核）", "Change a risk point of the own department (submitted again)",
                   kManage, "risk.point.update"};
  RouteSpec review{"审核风险点（通过或退回）", "Review a risk point (approve or return)", kReview, "risk.point.review",
                   R"({"decision":"return","reason":"防控措施未明确责任人"})"};
  RouteSpec heat{"风险热力图（部门×类别）", "Risk heat map (department × category)", kRead};
  RouteSpec lists{"负面清单", "Negative lists", kRead};
  RouteSpec save_list{"保存本部门负面清单", "Save the own department's negative list", kManage,
                      "risk.negative_list.save", R"({"department_id":5,"year":2026,"items":["不得违规发放津贴补贴"]})"};
  RouteSpec cover{"负面清单全覆盖情况", "Negative-list coverage", kRead};
  RouteSpec mine{"我的负面清单和岗位风险点", "My negative list and position risk points", kAcknowledge};
  RouteSpec ack{"确认知悉", "Acknowledge", kAcknowledge, "risk.acknowledge",
                R"({"object_type":"negative_list","object_id":4})"};

  routes.list_route("/risk/points", list, list_risk_points);
  routes.raw_route("GET", "/risk/points/export", exported, export_risk_points);
  routes.get("/risk/points/{id}", get, get_risk_point);
  routes.post("/risk/points", create, [cfg](Call& c) { return create_risk_point(c, *cfg); });
  routes.put("/risk/points/{id}", update, [cfg](Call& c) { return update_risk_point(c, *cfg); });
  routes.post("/risk/points/{id}/review", review, [cfg](Call& c) { return review_risk_point(c, *cfg); });
  routes.get("/risk/heatmap", heat, risk_heatmap);
  routes.get("/risk/negative-lists", lists, list_negative_lists);
  routes.put("/risk/negative-lists", save_list, save_negative_list);
  routes.get("/risk/coverage", cover, negative_list_coverage);
  routes.get("/risk/mine", mine, my_risk_items);
  routes.post("/risk/acknowledgements", ack, acknowledge_risk_item);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_risk);

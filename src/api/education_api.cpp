// Education and study (警示教育与学习培训, /api/v1/education…, docs/modules/education.md).
// The discipline committee (education.manage) publishes study items — warning-education
// notices numbered per year, typical cases, positive models, articles and regulation
// interpretations — to an audience (everyone, departments, branches, roles, people);
// every staff member (education.study) sees what is assigned to them and confirms it
// (已学习确认); leaders and department heads (education.progress) see every item and
// the completion per department of the people their data scope reaches, exported as
// XLSX. Study sessions (理论学习中心组, 三会一课, 党课, 廉政党课) are recorded with
// attendance and who led the study (study.manage) and counted per year (study.read).
// The holiday integrity reminder (廉洁过节) goes to everyone before each holiday of the
// working-day calendar ([education] holiday_remind_days_before), once per holiday.
// The three administrators hold none of these permissions.
//
// One named handler per endpoint; the registration at the end is the route table.
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>

#include "api/api.h"
#include "api/education_audience.h"
#include "api/request_fields.h"
#include "core/calendar.h"
#include "domain/auth/login.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/calendar/calendar_store.h"
#include "domain/dictionary/dictionary.h"
#include "domain/education/completion_export.h"
#include "domain/education/education.h"
#include "domain/education/education_config.h"
#include "domain/education/education_messages.h"
#include "domain/org/structure.h"
#include "domain/regulations/links.h"

QF_REGISTER_CONFIG_SECTION("education");

using qf::auth::Role;
QF_REGISTER_PERMISSION("education.study", "查看并确认本人的学习任务", "See and confirm one's own study assignments",
                       Role::kPartySecretary, Role::kCommitteeMember, Role::kDisciplineSecretary,
                       Role::kDisciplineMember, Role::kBranchSecretary, Role::kBranchInspector, Role::kDeptHead,
                       Role::kStaff, Role::kOrgHr);
QF_REGISTER_PERMISSION("education.progress", "查看学习内容及各部门学习完成情况",
                       "See study items and completion per department", Role::kPartySecretary,
                       Role::kCommitteeMember, Role::kDisciplineSecretary, Role::kDisciplineMember, Role::kDeptHead);
QF_REGISTER_PERMISSION("education.manage", "发布警示教育内容、编辑廉洁过节提醒",
                       "Publish warning-education items, edit the holiday reminder", Role::kDisciplineSecretary,
                       Role::kDisciplineMember);
QF_REGISTER_PERMISSION("study.read", "查看学习活动及年度学习统计", "See study sessions and the yearly counts",
                       Role::kPartySecretary, Role::kCommitteeMember, Role::kDisciplineSecretary,
                       Role::kDisciplineMember, Role::kBranchSecretary, Role::kBranchInspector, Role::kDeptHead,
                       Role::kOrgHr);
QF_REGISTER_PERMISSION("study.manage", "登记学习活动（中心组学习、三会一课、党课）",
                       "Record study sessions (study group, branch meetings, Party lessons)",
                       Role::kDisciplineSecretary, Role::kDisciplineMember, Role::kBranchSecretary, Role::kOrgHr);

namespace qf::api {
namespace {

namespace edu = qf::education;

std::string kind_label(const std::string& kind) { return dictionary::label_zh("education.kind", kind); }

// 警示教育通报 2026年第3期《…》 / 典型案例《…》
std::string item_words(const edu::EducationItem& it) {
  return it.number.empty() ? fmt::format("{}《{}》", kind_label(it.kind), it.title)
                           : fmt::format("{} {}《{}》", kind_label(it.kind), it.number, it.title);
}

json item_json(const edu::EducationItem& it) {
  return json{{"id", it.id},
              {"kind", it.kind},
              {"kind_label_zh", kind_label(it.kind)},
              {"number", it.number},
              {"year", it.year},
              {"title", it.title},
              {"body", it.body},
              {"category", it.category},
              {"category_label_zh",
               it.category.empty() ? std::string() : dictionary::label_zh("education.case_category", it.category)},
              {"rules_broken", it.rules_broken},
              {"lessons", it.lessons},
              {"source", it.source},
              {"published_on", it.published_on},
              {"audience", it.audience},
              {"assigned", it.assigned},
              {"confirmed", it.confirmed},
              {"assigned_to_me", it.assigned_to_me},
              {"my_confirmed_at", nullable(it.my_confirmed_at)},
              {"created_at", it.created_at}};
}

json session_json(const edu::StudySession& s) {
  json people = json::array();
  for (const auto& a : s.attendees) people.push_back({{"person_id", a.person_id}, {"name", a.name}, {"led", a.led}});
  return json{{"id", s.id},
              {"kind", s.kind},
              {"kind_label_zh", dictionary::label_zh("education.session_kind", s.kind)},
              {"held_on", s.held_on},
              {"topic", s.topic},
              {"speaker", s.speaker},
              {"place", s.place},
              {"materials", s.materials},
              {"branch_id", nullable(s.branch_id)},
              {"branch_name", s.branch_name},
              {"attendance", s.attendance},
              {"leaders", s.leaders},
              {"attendees", std::move(people)},
              {"created_at", s.created_at}};
}

Result<json> object_body(const Call& c) {
  QF_TRY(json b, c.body());
  if (!b.is_object())
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  return b;
}

Result<std::optional<int>> query_year(const Call& c) {
  auto y = c.req.query_param("year");
  if (!y || y->empty()) return std::optional<int>{};
  int v = 0;
  try {
    size_t used = 0;
    v = std::stoi(*y, &used);
    if (used != y->size()) v = 0;
  } catch (...) {
    v = 0;
  }
  if (v < 1900 || v > 2999)
    return Error::invalid("education.invalid", "参数 year 应为年份，如 2026", "year must be a year such as 2026", "year");
  return std::optional<int>{v};
}

// GET /education/items
Result<std::pair<json, int64_t>> list_items(Call& c) {
  QF_TRY(Paging pg, c.paging());
  edu::ItemQuery q;
  q.offset = pg.offset();
  q.limit = pg.page_size;
  if (auto k = c.req.query_param("kind"); k && !k->empty()) {
    if (!edu::is_item_kind(*k))
      return Error::invalid("education.invalid", "参数 kind 不在字典「学习内容类别」中",
                            "kind is not in the dictionary education.kind", "kind");
    q.kind = *k;
  }
  QF_TRY(q.year, query_year(c));
  if (auto s = c.req.query_param("q")) q.q = *s;
  QF_TRY(auto mine, query_bool(c, "mine"));
  q.mine = mine.value_or(false) || !(c.who().can(edu::kEducationManage) || c.who().can(edu::kEducationProgress));
  if (auto s = c.req.query_param("status"); s && !s->empty()) {
    if (*s == "pending") q.confirmed = false;
    else if (*s == "done") q.confirmed = true;
    else
      return Error::invalid("education.invalid", "参数 status 应为 pending 或 done", "status must be pending or done",
                            "status");
    q.mine = true;
  }
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, edu::list_items(lease.get(), c.who(), q));
  json items = json::array();
  for (const auto& it : r.first) items.push_back(item_json(it));
  return std::make_pair(std::move(items), r.second);
}

// An interpretation's regulation (制度解读 → 制度库), null when it names none.
Result<json> item_json_linked(store::Connection& conn, const edu::EducationItem& it) {
  json j = item_json(it);
  j["regulation"] = nullptr;
  if (it.kind != "interpretation") return j;
  QF_TRY(auto link, qf::regulations::interpreted_regulation(conn, it.id));
  if (link)
    j["regulation"] = json{{"id", link->regulation_id},
                           {"title", link->regulation_title},
                           {"doc_number", link->doc_number},
                           {"version_no", link->version_no ? json(*link->version_no) : json(nullptr)},
                           {"version_title", link->version_title}};
  return j;
}

// GET /education/items/{id}
Result<json> get_item(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(edu::EducationItem it, edu::get_item(lease.get(), c.who(), id));
  return item_json_linked(lease.get(), it);
}

// POST /education/items
Result<json> publish_item(Call& c) {
  QF_TRY(json b, object_body(c));
  edu::ItemInput in;
  in.kind = text_field(b, "kind");
  in.title = text_field(b, "title");
  in.body = text_field(b, "body");
  in.category = text_field(b, "category");
  in.rules_broken = text_field(b, "rules_broken");
  in.lessons = text_field(b, "lessons");
  in.source = text_field(b, "source");
  in.published_on = text_field(b, "published_on");
  if (in.published_on.empty()) in.published_on = auth::beijing_date(c.now_ms());
  QF_TRY(in.audience, audience_of(b));
  // 制度解读: the regulation (and version) interpreted; interpretations only.
  QF_TRY(std::optional<int64_t> regulation_id, id_field(b, "regulation_id"));
  QF_TRY(std::optional<int64_t> version_no, id_field(b, "regulation_version_no"));
  if ((regulation_id || version_no) && in.kind != "interpretation")
    return Error::invalid("education.invalid", "只有制度解读可以关联制度", "Only an interpretation can name a regulation",
                          "regulation_id");
  if (version_no && !regulation_id)
    return Error::invalid("education.invalid", "请先选择所解读的制度", "Choose the regulation the version belongs to",
                          "regulation_id");
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(edu::Published p, edu::publish(conn, in, c.who().account_id, c.now_ms()));
    if (regulation_id) {
      QF_TRY_STATUS(qf::regulations::link_interpretation(
          conn, p.id, *regulation_id,
          version_no ? std::optional<int>(static_cast<int>(*version_no)) : std::nullopt, c.now_ms()));
    }
    QF_TRY(edu::EducationItem it, edu::get_item(conn, c.who(), p.id));
    c.audit_object_type = "education_item";
    c.audit_object_id = std::to_string(p.id);
    c.audit_summary = fmt::format("发布{}，学习对象：{}（{} 人）", item_words(it), it.audience, p.assigned);
    return item_json_linked(conn, it);
  });
}

// POST /education/items/{id}/assign
Result<json> assign_item(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  QF_TRY(edu::Audience a, audience_of(b));
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t added, edu::assign(conn, c.who(), id, a, c.now_ms()));
    QF_TRY(edu::EducationItem it, edu::get_item(conn, c.who(), id));
    c.audit_object_type = "education_item";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("追加{}的学习对象 {} 人", item_words(it), added);
    return json{{"added", added}, {"item", item_json(it)}};
  });
}

// POST /education/items/{id}/confirm
Result<json> confirm_item(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(edu::EducationItem it, edu::confirm(conn, c.who(), id, c.now_ms()));
    c.audit_object_type = "education_item";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = "确认已学习 " + item_words(it);
    return item_json(it);
  });
}

json completion_json(const std::vector<edu::DepartmentCompletion>& rows) {
  json out = json::array();
  for (const auto& r : rows)
    out.push_back({{"department_id", r.department_id},
                   {"department_name", r.department_name},
                   {"assigned", r.assigned},
                   {"confirmed", r.confirmed},
                   {"rate", edu::rate_text(r.confirmed, r.assigned)}});
  return out;
}

// GET /education/items/{id}/completion
Result<json> item_completion(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, edu::completion(lease.get(), c.who(), id));
  return completion_json(rows);
}

// GET /education/items/{id}/completion/export
Result<http::Response> export_completion(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(edu::EducationItem it, edu::get_item(lease.get(), c.who(), id));
  QF_TRY(auto rows, edu::completion(lease.get(), c.who(), id));
  edu::CompletionExport meta;
  auto unit = org::get_unit(lease.get());
  meta.unit_name = unit.ok() ? unit->name : std::string();
  meta.item_text = item_words(it);
  meta.exported_at = auth::beijing_time(c.now_ms());
  QF_TRY(std::string bytes, edu::completion_xlsx(meta, rows));
  QF_TRY_STATUS(c.audit_read("education_item", std::to_string(id), "导出学习完成情况：" + meta.item_text));
  return xlsx_response(std::move(bytes), "学习完成情况.xlsx");
}

// GET /education/items/{id}/assignees
Result<json> item_assignees(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto dept, query_id(c, "department_id"));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, edu::assignees(lease.get(), c.who(), id, dept));
  json out = json::array();
  for (const auto& a : rows)
    out.push_back({{"person_id", a.person_id},
                   {"name", a.name},
                   {"department_name", a.department_name},
                   {"confirmed_at", nullable(a.confirmed_at)}});
  return out;
}

// GET /education/sessions
Result<std::pair<json, int64_t>> list_sessions(Call& c) {
  QF_TRY(Paging pg, c.paging());
  edu::SessionQuery q;
  q.offset = pg.offset();
  q.limit = pg.page_size;
  QF_TRY(q.year, query_year(c));
  if (auto k = c.req.query_param("kind"); k && !k->empty()) {
    if (!edu::is_session_kind(*k))
      return Error::invalid("education.invalid", "参数 kind 不在字典「学习活动类别」中",
                            "kind is not in the dictionary education.session_kind", "kind");
    q.kind = *k;
  }
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, edu::list_sessions(lease.get(), q));
  json items = json::array();
  for (const auto& s : r.first) items.push_back(session_json(s));
  return std::make_pair(std::move(items), r.second);
}

// GET /education/sessions/{id}
Result<json> get_session(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(edu::StudySession s, edu::get_session(lease.get(), id));
  return session_json(s);
}

// POST /education/sessions
Result<json> record_session(Call& c) {
  QF_TRY(json b, object_body(c));
  edu::SessionInput in;
  in.kind = text_field(b, "kind");
  in.held_on = text_field(b, "held_on");
  in.topic = text_field(b, "topic");
  in.speaker = text_field(b, "speaker");
  in.place = text_field(b, "place");
  in.materials = text_field(b, "materials");
  QF_TRY(in.branch_id, id_field(b, "branch_id"));
  if (auto it = b.find("attendees"); it != b.end() && !it->is_null()) {
    if (!it->is_array())
      return Error::invalid("education.invalid", "参加人员应为列表", "attendees must be a list", "attendees");
    for (size_t k = 0; k < it->size(); ++k) {
      const json& v = (*it)[k];
      const std::string field = fmt::format("attendees[{}].person_id", k);
      if (!v.is_object() || !v.contains("person_id") || !v["person_id"].is_number_integer())
        return Error::invalid("education.invalid", fmt::format("参加人员第 {} 项应含人员编号", k + 1),
                              fmt::format("{} must be a person id", field), field);
      const bool led = v.contains("led") && v["led"].is_boolean() && v["led"].get<bool>();
      in.attendees.emplace_back(v["person_id"].get<int64_t>(), led);
    }
  }
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t id, edu::record_session(conn, in, c.who().account_id, c.now_ms()));
    QF_TRY(edu::StudySession s, edu::get_session(conn, id));
    c.audit_object_type = "study_session";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("登记学习活动：{} {}《{}》，参加 {} 人，领学 {} 人", s.held_on,
                                  dictionary::label_zh("education.session_kind", s.kind), s.topic, s.attendance,
                                  s.leaders);
    return session_json(s);
  });
}

// GET /education/stats?year=&branch_id=
Result<json> year_stats(Call& c) {
  QF_TRY(auto year, query_year(c));
  edu::StudyScope scope;
  QF_TRY(scope.branch_id, query_id(c, "branch_id"));
  QF_TRY(auto lease, c.app.db->acquire());
  const int y = year.value_or(Date::from_unix_ms(c.now_ms()).year());
  QF_TRY(edu::YearCounts k, edu::year_counts(lease.get(), y, scope));
  return json{{"year", k.year},
              {"center_group_sessions", k.center_group_sessions},
              {"center_group_leads", k.center_group_leads},
              {"sessions", k.sessions},
              {"leads", k.leads},
              {"party_lessons", k.party_lessons},
              {"integrity_lessons", k.integrity_lessons},
              {"attendance", k.attendance},
              {"notices", k.notices},
              {"cases", k.cases},
              {"models", k.models},
              {"articles", k.articles},
              {"summary_zh", fmt::format("{}年党委理论学习中心组学习{}次，领学交流{}人次；组织学习警示教育通报{}期，典型案例{}个",
                                         k.year, k.center_group_sessions, k.center_group_leads, k.notices, k.cases)}};
}

json send_json(const edu::HolidaySend& s) {
  return json{{"id", s.id},           {"holiday", s.holiday},       {"start_date", s.start_date},
              {"text", s.text},       {"recipients", s.recipients}, {"sent_at", s.sent_at}};
}

// GET /education/holiday?year=
Result<json> holiday_settings(Call& c, const edu::EducationConfig& cfg) {
  QF_TRY(auto year, query_year(c));
  const Date today = Date::from_unix_ms(c.now_ms());
  const int y = year.value_or(today.year());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(edu::HolidayText text, edu::holiday_text(lease.get()));
  QF_TRY(WorkingDayCalendar cal, calendar_store::load(lease.get()));
  QF_TRY(auto sends, edu::holiday_sends(lease.get(), y));
  json holidays = json::array();
  for (const auto& h : edu::holidays_starting(cal, Date::from_ymd(y, 1, 1).value(), Date::from_ymd(y, 12, 31).value())) {
    json sent = nullptr;
    for (const auto& s : sends)
      if (s.holiday == h.name && s.start_date == h.start.to_string()) sent = send_json(s);
    holidays.push_back({{"holiday", h.name},
                        {"start_date", h.start.to_string()},
                        {"remind_on", h.start.add_days(-cfg.holiday_remind_days_before).to_string()},
                        {"sent", std::move(sent)}});
  }
  return json{{"year", y},
              {"text", text.text},
              {"default_text", edu::kDefaultHolidayText},
              {"updated_at", nullable(text.updated_at)},
              {"days_before", cfg.holiday_remind_days_before},
              {"holidays", std::move(holidays)}};
}

// PUT /education/holiday
Result<json> save_holiday_text(Call& c) {
  QF_TRY(json b, object_body(c));
  const std::string text = text_field(b, "text");
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY_STATUS(edu::set_holiday_text(conn, text, c.who().account_id, c.now_ms()));
    c.audit_object_type = "education_setting";
    c.audit_object_id = "holiday_text";
    c.audit_summary = "修改廉洁过节提醒内容";
    return json{{"text", text}};
  });
}

// The home page: 待学习 N 项 for the caller's own assignments.
Status dashboard_items(store::Connection& conn, const Call& c, DashboardParts& parts) {
  const auth::Principal& who = c.who();
  if (!who.can(edu::kEducationStudy)) return {};
  QF_TRY(int64_t n, edu::pending_count(conn, who));
  if (n > 0)
    parts.pending.push_back(json{{"key", "education.pending"},
                                 {"title_zh", "待学习的警示教育内容（学习后请确认）"},
                                 {"title_en", "Study items waiting for you (confirm when studied)"},
                                 {"count", n},
                                 {"link", "/education/my?status=pending"}});
  return {};
}

void register_education(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("education");
  auto parsed = edu::EducationConfig::from_toml(section.toml, section.source);
  if (!parsed.ok()) {
    // A bad [education] section stops `qingfeng serve` before it listens.
    std::fprintf(stderr, "%s\n%s\n", parsed.error().message_zh.c_str(), parsed.error().message_en.c_str());
    std::exit(2);
  }
  const edu::EducationConfig cfg = *parsed;
  edu::register_education_dictionaries();
  app.feeds.add({edu::kPendingFeed, edu::pending_reminders});
  app.feeds.add({edu::kHolidayFeed, [cfg](store::Connection& conn, const messages::FeedContext& f)
                                        -> Result<std::vector<messages::Reminder>> {
                   QF_TRY(auto sent, edu::holiday_sweep(conn, cfg, f.today, f.now_ms));
                   (void)sent;
                   return std::vector<messages::Reminder>{};
                 }});
  app.dashboard.push_back(dashboard_items);

  const std::string study(edu::kEducationStudy), progress(edu::kEducationProgress), manage(edu::kEducationManage),
      sread(edu::kStudyRead), smanage(edu::kStudyManage);
  RouteSpec items{"学习内容列表（本人的学习任务，或全部）", "Study items (one's own, or all)", study, "", "",
                  R"({"data":[{"id":3,"kind":"notice","number":"2026年第3期","title":"关于几起违反中央八项规定精神问题的通报","published_on":"2026-03-05","assigned":120,"confirmed":96,"assigned_to_me":true,"my_confirmed_at":null}],"meta":{"page":1,"page_size":20,"total":1}})"};
  RouteSpec item{"学习内容详情", "A study item", study};
  RouteSpec publish{"发布警示教育内容并分配学习对象", "Publish a study item to an audience", manage,
                    "education.item.publish",
                    R"({"kind":"notice","title":"关于几起违反中央八项规定精神问题的通报","body":"……","published_on":"2026-03-05","audience":{"everyone":true}})"};
  RouteSpec assign{"追加学习对象", "Add people to an item's audience", manage, "education.item.assign",
                   R"({"audience":{"department_ids":[3],"roles":["dept_head"]}})"};
  RouteSpec confirm{"确认已学习", "Confirm having studied an item", study, "education.item.confirm"};
  RouteSpec completion_spec{"各部门学习完成情况", "Completion per department", progress, "", "",
                  R"({"data":[{"department_id":3,"department_name":"规划处","assigned":12,"confirmed":9,"rate":"75.0%"}]})"};
  RouteSpec completion_export{"导出学习完成情况（XLSX）", "Export completion per department (XLSX)", progress};
  RouteSpec people{"学习对象及确认情况", "Assignees and their confirmations", progress};
  RouteSpec sessions{"学习活动列表", "Study sessions", sread};
  RouteSpec session{"学习活动详情（含参加人员、领学）", "A study session with attendance", sread};
  RouteSpec record{"登记学习活动", "Record a study session", smanage, "education.session.record",
                   R"({"kind":"center_group","held_on":"2026-03-12","topic":"学习二十届中央纪委五次全会精神","speaker":"局党委书记","attendees":[{"person_id":5,"led":true},{"person_id":6}]})"};
  RouteSpec stats{"年度学习统计（学习次数、领学人次、通报期数、典型案例数）",
                  "Yearly study counts (sessions, leads, notices, cases)", sread};
  RouteSpec holiday{"廉洁过节提醒：内容、节日及发送记录", "Holiday integrity reminder: text, holidays, sends", manage};
  RouteSpec holiday_save{"修改廉洁过节提醒内容", "Edit the holiday integrity reminder", manage,
                         "education.holiday.text", R"({"text":"{holiday}将至，请严格遵守中央八项规定精神……"})"};

  routes.list_route("/education/items", items, list_items);
  routes.post("/education/items", publish, publish_item);
  routes.get("/education/items/{id}", item, get_item);
  routes.post("/education/items/{id}/assign", assign, assign_item);
  routes.post("/education/items/{id}/confirm", confirm, confirm_item);
  routes.get("/education/items/{id}/completion", completion_spec, item_completion);
  routes.raw_route("GET", "/education/items/{id}/completion/export", completion_export, export_completion);
  routes.get("/education/items/{id}/assignees", people, item_assignees);
  routes.list_route("/education/sessions", sessions, list_sessions);
  routes.post("/education/sessions", record, record_session);
  routes.get("/education/sessions/{id}", session, get_session);
  routes.get("/education/stats", stats, year_stats);
  routes.get("/education/holiday", holiday, [cfg](Call& c) { return holiday_settings(c, cfg); });
  routes.put("/education/holiday", holiday_save, save_holiday_text);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_education);

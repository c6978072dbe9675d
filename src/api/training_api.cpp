// Training with quizzes (廉政培训与测试, /api/v1/education/training…, docs/modules/education.md
// "Training"). The discipline committee and organisation-personnel (training.manage)
// create courses for new staff and young cadres with materials, a question bank and the
// quiz rule, and assign them (departments, branches, roles, people; the new-staff course
// also to every person added to the organisation afterwards); every staff member
// (training.take) takes the quiz of a course assigned to them — the server draws the
// questions, records the draw, scores the answers and gives the certificate number of a
// pass; leaders and department heads (training.progress) see the completion per
// department of the people their data scope reaches, exported as XLSX in the ledger
// layout. The annual report's figure education.training_completed is registered here.
// The three administrators hold none of these permissions.
//
// One named handler per endpoint; the registration at the end is the route table.
#include <fmt/format.h>

#include <random>

#include "api/api.h"
#include "api/education_audience.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "core/calendar.h"
#include "domain/annual/figures.h"
#include "domain/auth/login.h"
#include "domain/auth/permissions.h"
#include "domain/dictionary/dictionary.h"
#include "domain/education/completion_export.h"
#include "domain/education/training.h"
#include "domain/education/training_messages.h"
#include "domain/org/structure.h"
#include "domain/spreadsheet/xlsx_writer.h"

using qf::auth::Role;
QF_REGISTER_PERMISSION("training.take", "参加分配给本人的廉政培训和测试", "Take the training courses assigned to one",
                       Role::kPartySecretary, Role::kCommitteeMember, Role::kDisciplineSecretary,
                       Role::kDisciplineMember, Role::kBranchSecretary, Role::kBranchInspector, Role::kDeptHead,
                       Role::kStaff, Role::kOrgHr);
QF_REGISTER_PERMISSION("training.progress", "查看培训课程及各部门培训完成情况",
                       "See training courses and completion per department", Role::kPartySecretary,
                       Role::kCommitteeMember, Role::kDisciplineSecretary, Role::kDisciplineMember, Role::kDeptHead,
                       Role::kOrgHr);
QF_REGISTER_PERMISSION("training.manage", "建立培训课程、维护题库、分配培训对象",
                       "Create training courses, keep the question bank, assign", Role::kDisciplineSecretary,
                       Role::kDisciplineMember, Role::kOrgHr);

namespace qf::api {
namespace {

namespace edu = qf::education;

std::string training_kind_label(const std::string& kind) {
  return dictionary::label_zh("education.training_kind", kind);
}
std::string question_kind_label(const std::string& kind) {
  return dictionary::label_zh("education.question_kind", kind);
}

json course_json(const edu::Course& c) {
  const int64_t allowed = c.retakes + 1;
  return json{{"id", c.id},
              {"kind", c.kind},
              {"kind_label_zh", training_kind_label(c.kind)},
              {"title", c.title},
              {"materials", c.materials},
              {"question_count", c.question_count},
              {"pass_mark", c.pass_mark},
              {"retakes", c.retakes},
              {"auto_new_staff", c.auto_new_staff},
              {"audience", c.audience},
              {"bank_size", c.bank_size},
              {"assigned", c.assigned},
              {"passed", c.passed},
              {"created_at", c.created_at},
              {"assigned_to_me", c.my_assignment_id.has_value()},
              {"my_assignment_id", nullable(c.my_assignment_id)},
              {"my_attempts", c.my_attempts},
              {"my_attempts_left", c.my_assignment_id && !c.my_passed_at ? std::max<int64_t>(0, allowed - c.my_attempts)
                                                                          : int64_t{0}},
              {"my_best_score", nullable(c.my_best_score)},
              {"my_passed_at", nullable(c.my_passed_at)},
              {"my_certificate_no", c.my_certificate_no}};
}

// Before submission: the questions without answers or explanations (never sent to the
// browser before the attempt is scored).
json attempt_json(const edu::Attempt& a) {
  const bool done = a.submitted_at.has_value();
  json qs = json::array();
  for (const auto& q : a.questions) {
    json j{{"id", q.id},
           {"kind", q.kind},
           {"kind_label_zh", question_kind_label(q.kind)},
           {"stem", q.stem},
           {"options", q.options}};
    if (done) {
      j["chosen"] = q.chosen;
      j["answer"] = q.answer;
      j["right"] = q.right;
      j["explanation"] = q.explanation;
    }
    qs.push_back(std::move(j));
  }
  json out{{"id", a.id},
           {"assignment_id", a.assignment_id},
           {"course_id", a.course_id},
           {"course_title", a.course_title},
           {"attempt_no", a.attempt_no},
           {"attempts_allowed", a.attempts_allowed},
           {"attempts_used", a.attempts_used},
           {"pass_mark", a.pass_mark},
           {"started_at", a.started_at},
           {"submitted_at", nullable(a.submitted_at)},
           {"questions", std::move(qs)}};
  if (done) {
    out["correct"] = a.correct;
    out["score"] = a.score;
    out["passed"] = a.passed;
    out["certificate_no"] = a.passed ? a.certificate_no : std::string();
  }
  return out;
}

Result<json> object_body(const Call& c) {
  QF_TRY(json b, c.body());
  if (!b.is_object())
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  return b;
}

// An integer field: absent or null gives `absent`; anything else but an integer is refused.
Result<int64_t> int_field(const json& b, const char* key, const std::string& label_zh, int64_t absent) {
  auto it = b.find(key);
  if (it == b.end() || it->is_null()) return absent;
  if (!it->is_number_integer())
    return Error::invalid("training.invalid", label_zh + "应为整数", std::string(key) + " must be an integer", key);
  return it->get<int64_t>();
}

// GET /education/training/courses?mine=&status=pending|passed
Result<std::pair<json, int64_t>> list_courses(Call& c) {
  QF_TRY(Paging pg, c.paging());
  edu::CourseQuery q;
  q.offset = pg.offset();
  q.limit = pg.page_size;
  QF_TRY(auto mine, query_bool(c, "mine"));
  q.mine = mine.value_or(false);
  if (auto s = c.req.query_param("status"); s && !s->empty()) {
    if (*s == "pending") q.passed = false;
    else if (*s == "passed") q.passed = true;
    else
      return Error::invalid("training.invalid", "参数 status 应为 pending 或 passed", "status must be pending or passed",
                            "status");
    q.mine = true;
  }
  QF_TRY(auto lease, c.app.db->acquire());
  if (q.mine) {
    // 我的培训: a new hire's course is there at the first read (no hook on person creation).
    QF_TRY_STATUS(edu::assign_new_staff(lease.get(), c.now_ms()));
  }
  QF_TRY(auto r, edu::list_courses(lease.get(), c.who(), q));
  json items = json::array();
  for (const auto& it : r.first) items.push_back(course_json(it));
  return std::make_pair(std::move(items), r.second);
}

// GET /education/training/courses/{id}
Result<json> get_course(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(edu::Course course, edu::get_course(lease.get(), c.who(), id));
  return course_json(course);
}

// POST /education/training/courses
Result<json> create_course(Call& c) {
  QF_TRY(json b, object_body(c));
  edu::CourseInput in;
  in.kind = text_field(b, "kind");
  in.title = text_field(b, "title");
  in.materials = text_field(b, "materials");
  QF_TRY(in.question_count, int_field(b, "question_count", "每次测试抽题数", 0));
  QF_TRY(in.pass_mark, int_field(b, "pass_mark", "合格分数", 0));
  QF_TRY(in.retakes, int_field(b, "retakes", "允许补考次数", -1));
  if (auto it = b.find("auto_new_staff"); it != b.end() && !it->is_null()) {
    if (!it->is_boolean())
      return Error::invalid("training.invalid", "auto_new_staff（自动分配给新入职人员）应为是/否",
                            "auto_new_staff must be true or false", "auto_new_staff");
    in.auto_new_staff = it->get<bool>();
  }
  QF_TRY(in.audience, audience_of(b));
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(auto made, edu::create_course(conn, in, c.who().account_id, c.now_ms()));
    QF_TRY(edu::Course course, edu::get_course(conn, c.who(), made.first));
    c.audit_object_type = "training_course";
    c.audit_object_id = std::to_string(made.first);
    c.audit_summary = fmt::format("建立培训课程《{}》（{}），培训对象：{}（{} 人）", course.title,
                                  training_kind_label(course.kind), course.audience.empty() ? "暂未分配" : course.audience,
                                  made.second);
    return course_json(course);
  });
}

// POST /education/training/courses/{id}/assign
Result<json> assign_course(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  QF_TRY(edu::Audience a, audience_of(b));
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t added, edu::assign_course(conn, c.who(), id, a, c.now_ms()));
    QF_TRY(edu::Course course, edu::get_course(conn, c.who(), id));
    c.audit_object_type = "training_course";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("追加培训课程《{}》的培训对象 {} 人", course.title, added);
    return json{{"added", added}, {"course", course_json(course)}};
  });
}

json question_json(const edu::Question& q) {
  return json{{"id", q.id},       {"kind", q.kind},       {"kind_label_zh", question_kind_label(q.kind)},
              {"stem", q.stem},   {"options", q.options}, {"answer", q.answer},
              {"explanation", q.explanation}};
}

// GET /education/training/courses/{id}/questions
Result<json> list_questions(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto bank, edu::question_bank(lease.get(), c.who(), id));
  json out = json::array();
  for (const auto& q : bank) out.push_back(question_json(q));
  return out;
}

// POST /education/training/courses/{id}/questions {questions:[{kind, stem, options, answer, explanation}]}
Result<json> add_questions(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  auto list = b.find("questions");
  if (list == b.end() || !list->is_array())
    return Error::invalid("training.invalid", "questions 应为试题列表", "questions must be a list of questions",
                          "questions");
  std::vector<edu::QuestionInput> in;
  for (size_t k = 0; k < list->size(); ++k) {
    const json& q = (*list)[k];
    const std::string at = fmt::format("questions[{}]", k);
    if (!q.is_object())
      return Error::invalid("training.invalid", fmt::format("第 {} 题格式不正确", k + 1), at + " must be an object", at);
    edu::QuestionInput qi;
    qi.kind = text_field(q, "kind");
    qi.stem = text_field(q, "stem");
    qi.explanation = text_field(q, "explanation");
    if (auto o = q.find("options"); o != q.end() && !o->is_null()) {
      if (!o->is_array())
        return Error::invalid("training.invalid", fmt::format("第 {} 题的选项应为列表", k + 1),
                              at + ".options must be a list", at + ".options");
      for (size_t j = 0; j < o->size(); ++j) {
        if (!(*o)[j].is_string())
          return Error::invalid("training.invalid", fmt::format("第 {} 题的第 {} 个选项应为文字", k + 1, j + 1),
                                fmt::format("{}.options[{}] must be text", at, j), fmt::format("{}.options[{}]", at, j));
        qi.options.push_back((*o)[j].get<std::string>());
      }
    }
    if (auto a = q.find("answer"); a != q.end() && a->is_array()) {
      for (const auto& l : *a)
        if (l.is_string()) qi.answer += l.get<std::string>();
    } else if (a != q.end() && a->is_boolean()) {
      qi.answer = a->get<bool>() ? "A" : "B";
    } else {
      qi.answer = text_field(q, "answer");
    }
    in.push_back(std::move(qi));
  }
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t added, edu::add_questions(conn, c.who(), id, in, c.now_ms()));
    QF_TRY(edu::Course course, edu::get_course(conn, c.who(), id));
    c.audit_object_type = "training_course";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("培训课程《{}》题库增加试题 {} 道（共 {} 道）", course.title, added, course.bank_size);
    return json{{"added", added}, {"course", course_json(course)}};
  });
}

// GET /education/training/questions/template — the question-bank import template.
Result<http::Response> question_template(Call&) {
  spreadsheet::XlsxSheet sheet;
  sheet.name = "题库";
  for (const auto& h : edu::question_import_headers()) sheet.columns.push_back({h, h == "题干" || h == "解析" ? 40.0 : 14.0});
  sheet.columns[0].choices = {"单选题", "多选题", "判断题"};
  using spreadsheet::XlsxCell;
  auto row = [](std::vector<std::string> cells) {
    std::vector<XlsxCell> r;
    for (auto& c : cells) r.emplace_back(std::move(c));
    return r;
  };
  sheet.rows.push_back(row({"单选题", "中央八项规定是哪一年由中央政治局会议审议通过的？", "2010年", "2012年", "2014年", "2016年",
                            "", "", "", "", "B", "2012年12月4日，中央政治局会议审议通过中央八项规定。"}));
  sheet.rows.push_back(row({"多选题", "下列属于违反中央八项规定精神的行为有？", "公款吃喝", "违规发放津贴补贴", "按标准安排工作餐",
                            "公车私用", "", "", "", "", "ABD", "按标准安排的工作餐不违规。"}));
  sheet.rows.push_back(row({"判断题", "工作日中午可以少量饮酒，只要不影响下午工作。", "", "", "", "", "", "", "", "", "错误",
                            "工作日午间一律禁酒。"}));
  QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
  return xlsx_response(std::move(bytes), "题库导入模板.xlsx");
}

// POST /education/training/courses/{id}/questions/import?filename= (the XLSX as the body)
Result<json> import_questions(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  auto f = c.req.query_param("filename");
  const std::string filename = f && !f->empty() ? *f : std::string("题库.xlsx");
  if (c.req.body.empty())
    return Error::invalid("training.invalid", "请选择要导入的题库文件（XLSX）", "Choose the question file (XLSX)", "file");
  QF_TRY(auto questions, edu::questions_from_xlsx(c.req.body, filename));
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t added, edu::add_questions(conn, c.who(), id, questions, c.now_ms(), filename));
    QF_TRY(edu::Course course, edu::get_course(conn, c.who(), id));
    c.audit_object_type = "training_course";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("培训课程《{}》从 {} 导入试题 {} 道（共 {} 道）", course.title, filename, added,
                                  course.bank_size);
    return json{{"added", added}, {"course", course_json(course)}};
  });
}

uint64_t fresh_seed() {
  std::random_device rd;
  return (static_cast<uint64_t>(rd()) << 32) ^ static_cast<uint64_t>(rd());
}

// POST /education/training/courses/{id}/attempts — start (or resume) an attempt.
Result<json> start_attempt(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  const uint64_t seed = fresh_seed();
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(edu::Attempt a, edu::start_attempt(conn, c.who(), id, seed, c.now_ms()));
    c.audit_object_type = "training_attempt";
    c.audit_object_id = std::to_string(a.id);
    c.audit_summary = fmt::format("开始培训测试《{}》第 {} 次", a.course_title, a.attempt_no);
    return attempt_json(a);
  });
}

// GET /education/training/attempts/{id}
Result<json> get_attempt(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(edu::Attempt a, edu::get_attempt(lease.get(), c.who(), id));
  return attempt_json(a);
}

// POST /education/training/attempts/{id}/submit {answers:{"<question id>":"AC" | ["A","C"]}}
Result<json> submit_attempt(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  auto it = b.find("answers");
  if (it == b.end() || !it->is_object())
    return Error::invalid("training.invalid", "answers 应为｛试题编号：所选选项｝", "answers must be {question id: letters}",
                          "answers");
  std::map<int64_t, std::string> answers;
  for (const auto& [key, value] : it->items()) {
    const std::string field = "answers." + key;
    int64_t qid = 0;
    try {
      size_t used = 0;
      qid = std::stoll(key, &used);
      if (used != key.size()) qid = 0;
    } catch (...) {
      qid = 0;
    }
    if (qid <= 0)
      return Error::invalid("training.invalid", fmt::format("作答「{}」不是试题编号", key),
                            field + ": the key must be a question id", field);
    std::string letters;
    if (value.is_string()) letters = value.get<std::string>();
    else if (value.is_array()) {
      for (const auto& l : value) {
        if (!l.is_string())
          return Error::invalid("training.invalid", fmt::format("试题 {} 的作答应为选项字母", qid),
                                field + " must be option letters", field);
        letters += l.get<std::string>();
      }
    } else if (!value.is_null()) {
      return Error::invalid("training.invalid", fmt::format("试题 {} 的作答应为选项字母", qid),
                            field + " must be option letters", field);
    }
    answers[qid] = letters;
  }
  const int year = Date::from_unix_ms(c.now_ms()).year();
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(edu::Attempt a, edu::submit_attempt(conn, c.who(), id, answers, c.now_ms(), year));
    c.audit_object_type = "training_attempt";
    c.audit_object_id = std::to_string(a.id);
    c.audit_summary = fmt::format("提交培训测试《{}》第 {} 次", a.course_title, a.attempt_no);
    return attempt_json(a);
  });
}

// GET /education/training/certificates/{id} (id: the assignment)
Result<json> get_certificate(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(edu::Certificate cert, edu::certificate(lease.get(), c.who(), id));
  auto unit = org::get_unit(lease.get());
  const Date passed = Date::from_unix_ms(cert.passed_at);
  return json{{"assignment_id", cert.assignment_id},
              {"number", cert.number},
              {"person_name", cert.person_name},
              {"department_name", cert.department_name},
              {"course_title", cert.course_title},
              {"course_kind_label_zh", training_kind_label(cert.course_kind)},
              {"score", cert.score},
              {"passed_at", cert.passed_at},
              {"passed_on_zh", fmt::format("{}年{}月{}日", passed.year(), passed.month(), passed.day())},
              {"unit_name", unit.ok() ? unit->name : std::string()}};
}

json completion_row(const edu::TrainingCompletion& r) {
  return json{{"department_id", r.department_id}, {"department_name", r.department_name},
              {"assigned", r.assigned},           {"passed", r.passed},
              {"failed", r.failed},               {"not_started", r.not_started},
              {"rate", edu::rate_text(r.passed, r.assigned)}};
}

// GET /education/training/courses/{id}/completion
Result<json> course_completion(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, edu::training_completion(lease.get(), c.who(), id));
  json out = json::array();
  for (const auto& r : rows) out.push_back(completion_row(r));
  return out;
}

// GET /education/training/courses/{id}/completion/export — the ledger layout.
Result<http::Response> export_completion(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(edu::Course course, edu::get_course(lease.get(), c.who(), id));
  QF_TRY(auto rows, edu::training_completion(lease.get(), c.who(), id));
  spreadsheet::XlsxSheet sheet;
  sheet.name = "培训完成情况";
  sheet.columns = {{"序号", 6},          {"部门", 24},         {"应参训人数", 12}, {"已合格人数", 12},
                   {"测试未合格人数", 14}, {"未参加测试人数", 14}, {"合格率", 10}};
  int64_t assigned = 0, passed = 0, failed = 0, idle = 0;
  for (const auto& r : rows) {
    assigned += r.assigned;
    passed += r.passed;
    failed += r.failed;
    idle += r.not_started;
    sheet.rows.push_back({spreadsheet::XlsxCell(), r.department_name, r.assigned, r.passed, r.failed, r.not_started,
                          edu::rate_text(r.passed, r.assigned)});
  }
  // The first cell marks the 合计 row for spreadsheet::number_rows (which empties it).
  sheet.rows.push_back({std::string("合计"), fmt::format("合计（{} 个部门）", rows.size()), assigned, passed, failed, idle,
                        edu::rate_text(passed, assigned)});
  const std::string filter = fmt::format("培训课程《{}》（{}）", course.title, training_kind_label(course.kind));
  ledger_layout(lease.get(), c, sheet, "廉政培训完成情况统计表", filter);
  QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
  QF_TRY_STATUS(c.audit_read("training_course", std::to_string(id), "导出培训完成情况：《" + course.title + "》"));
  return xlsx_response(std::move(bytes), "培训完成情况.xlsx");
}

// GET /education/training/courses/{id}/trainees?department_id=
Result<json> course_trainees(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto dept, query_id(c, "department_id"));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, edu::trainees(lease.get(), c.who(), id, dept));
  json out = json::array();
  for (const auto& t : rows)
    out.push_back({{"assignment_id", t.assignment_id},
                   {"person_id", t.person_id},
                   {"name", t.name},
                   {"department_name", t.department_name},
                   {"source", t.source},
                   {"attempts", t.attempts},
                   {"best_score", nullable(t.best_score)},
                   {"passed_at", nullable(t.passed_at)},
                   {"certificate_no", t.certificate_no}});
  return out;
}

// The home page: 待完成培训 N 项. A new hire's course is assigned at this read first.
Status dashboard_items(store::Connection& conn, const Call& c, DashboardParts& parts) {
  const auth::Principal& who = c.who();
  if (!who.can(edu::kTrainingTake)) return {};
  QF_TRY_STATUS(edu::assign_new_staff(conn, c.now_ms()));
  QF_TRY(int64_t n, edu::training_pending_count(conn, who));
  if (n > 0)
    parts.pending.push_back(json{{"key", "education.training_pending"},
                                 {"title_zh", "待完成培训（学习材料后参加测试）"},
                                 {"title_en", "Training to complete (study, then take the quiz)"},
                                 {"count", n},
                                 {"link", "/education/training/my?status=pending"}});
  return {};
}

// The annual report's figure: people who passed a training quiz in the year.
void register_training_figure() {
  annual::FigureDef d;
  d.code = "education.training_completed";
  d.section = "education";
  d.module = "education";
  d.label_zh = "新入职和年轻干部廉政培训结业";
  d.label_en = "New staff and young cadres completing integrity training";
  d.definition_zh =
      "本年完成廉政培训课程并测试合格的人数（按人计，一人通过多门课程计一人），按合格时间（北京时间）所在年度、"
      "分配培训时所在部门计。来源：廉政培训测试记录。";
  d.definition_en =
      "People who passed the quiz of an integrity-training course in the year (each person once), by the time of the "
      "pass (Beijing time) and the department at assignment. Source: the training records.";
  d.unit_zh = "人";
  d.unit_en = "people";
  d.drill_permission = std::string(edu::kTrainingManage);
  d.compute = [](annual::FigureContext& ctx, int year) -> Result<annual::FigureValue> {
    QF_TRY(auto passes, edu::passes_in_year(ctx.conn, year));
    annual::FigureValue v = annual::FigureValue::of(0);
    for (const auto& p : passes) {
      if (!ctx.in_scope(p.department_id)) continue;
      ++*v.count;
      if (ctx.want_rows)
        v.rows.push_back({p.certificate_no, p.person_name + "《" + p.course_title + "》", p.department_name,
                          p.passed_on, "测试合格"});
    }
    return v;
  };
  annual::register_figure(std::move(d));
}

void register_training(Routes& routes, AppContext& app) {
  edu::register_training_dictionaries();
  register_training_figure();
  // The new-staff sweep first, so a new hire's to-do appears in the same sweep.
  app.feeds.add({edu::kNewStaffFeed, edu::new_staff_sweep});
  app.feeds.add({edu::kTrainingFeed, edu::training_reminders});
  app.dashboard.push_back(dashboard_items);

  const std::string take(edu::kTrainingTake), progress(edu::kTrainingProgress), manage(edu::kTrainingManage);
  RouteSpec courses{"培训课程列表（本人的培训，或全部）", "Training courses (one's own, or all)", take, "", "",
                    R"({"data":[{"id":1,"kind":"new_staff","title":"新入职人员廉政培训","question_count":10,"pass_mark":80,"retakes":2,"assigned":12,"passed":9,"assigned_to_me":true,"my_attempts":1,"my_attempts_left":2,"my_best_score":70,"my_passed_at":null}],"meta":{"page":1,"page_size":20,"total":1}})"};
  RouteSpec course{"培训课程详情（学习材料、测试规则、本人情况）", "A training course", take};
  RouteSpec create{"建立培训课程并分配培训对象", "Create a training course and assign it", manage,
                   "education.training.course.create",
                   R"({"kind":"new_staff","title":"新入职人员廉政培训","materials":"……","question_count":10,"pass_mark":80,"retakes":2,"auto_new_staff":true,"audience":{"person_ids":[12,13]}})"};
  RouteSpec assign{"追加培训对象", "Add people to a course", manage, "education.training.course.assign",
                   R"({"audience":{"roles":["staff"]}})"};
  RouteSpec bank{"题库（含答案与解析）", "The question bank (with answers)", manage};
  RouteSpec add{"向题库增加试题", "Add questions to the bank", manage, "education.training.questions.add",
                R"({"questions":[{"kind":"single","stem":"……","options":["甲","乙","丙","丁"],"answer":"B","explanation":"……"},{"kind":"judge","stem":"……","answer":"正确"}]})"};
  RouteSpec tmpl{"题库导入模板（XLSX）", "Question-bank import template (XLSX)", manage};
  RouteSpec import{"从 XLSX 导入试题（任一行有误则全部不导入）", "Import questions from XLSX (nothing if any row is bad)", manage,
                   "education.training.questions.import"};
  RouteSpec start{"开始（或继续）测试：服务器抽题并记录", "Start (or resume) a quiz attempt: the server draws", take,
                  "education.training.attempt.start"};
  RouteSpec attempt{"测试详情（交卷前不含答案）", "A quiz attempt (no answers before submission)", take};
  RouteSpec submit{"交卷并评分", "Submit answers and score", take, "education.training.attempt.submit",
                   R"({"answers":{"12":"B","15":["A","C"]}})"};
  RouteSpec cert{"培训结业证书", "Certificate of completion", take};
  RouteSpec completion{"各部门培训完成情况", "Training completion per department", progress, "", "",
                       R"({"data":[{"department_id":3,"department_name":"规划处","assigned":5,"passed":3,"failed":1,"not_started":1,"rate":"60.0%"}]})"};
  RouteSpec completion_export{"导出培训完成情况（XLSX）", "Export training completion (XLSX)", progress};
  RouteSpec people{"培训对象及测试情况", "Trainees and their results", progress};

  routes.list_route("/education/training/courses", courses, list_courses);
  routes.post("/education/training/courses", create, create_course);
  routes.get("/education/training/courses/{id}", course, get_course);
  routes.post("/education/training/courses/{id}/assign", assign, assign_course);
  routes.get("/education/training/courses/{id}/questions", bank, list_questions);
  routes.post("/education/training/courses/{id}/questions", add, add_questions);
  routes.post("/education/training/courses/{id}/questions/import", import, import_questions);
  routes.raw_route("GET", "/education/training/questions/template", tmpl, question_template);
  routes.post("/education/training/courses/{id}/attempts", start, start_attempt);
  routes.get("/education/training/courses/{id}/completion", completion, course_completion);
  routes.raw_route("GET", "/education/training/courses/{id}/completion/export", completion_export, export_completion);
  routes.get("/education/training/courses/{id}/trainees", people, course_trainees);
  routes.get("/education/training/attempts/{id}", attempt, get_attempt);
  routes.post("/education/training/attempts/{id}/submit", submit, submit_attempt);
  routes.get("/education/training/certificates/{id}", cert, get_certificate);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_training);

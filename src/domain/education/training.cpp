// Training with quizzes: see training.h.
#include "domain/education/training.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "core/calendar.h"
#include "domain/dictionary/dictionary.h"
#include "domain/education/labels.h"
#include "domain/org/data_scope.h"
#include "domain/org/structure.h"
#include "domain/spreadsheet/xlsx_reader.h"

namespace qf::education {
namespace {

using nlohmann::json;

using labels::Label;
using labels::has;
using labels::add_dictionary;

// 培训类别.
constexpr std::array<Label, 3> kTrainingKinds{{
    {"new_staff", "新入职人员廉政培训", "Integrity training for new staff"},
    {"young_cadre", "年轻干部培训", "Training for young cadres"},
    {"general", "其他廉政培训", "Other integrity training"},
}};
// 题型.
constexpr std::array<Label, 3> kQuestionKinds{{
    {"single", "单选题", "Single choice"},
    {"multiple", "多选题", "Multiple choice"},
    {"judge", "判断题", "True / false"},
}};

Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("training.invalid", zh, en, field);
}
Error course_not_found() {
  return Error::make(ErrorKind::kNotFound, "training.not_found", "培训课程不存在", "The training course does not exist");
}
Error attempt_not_found() {
  return Error::make(ErrorKind::kNotFound, "training.attempt_not_found", "测试记录不存在",
                     "The quiz attempt does not exist");
}
Error conflict(const char* code, const std::string& zh, const std::string& en) {
  return Error::make(ErrorKind::kConflict, code, zh, en);
}

Status check_length(const std::string& text, const std::string& field, const std::string& label_zh, size_t max) {
  if (org::text_length(text) > max)
    return bad(field, fmt::format("{}不能超过 {} 字", label_zh, max),
               fmt::format("{} must not exceed {} characters", field, max));
  return {};
}
std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

bool sees_all(const auth::Principal& who) { return who.can(kTrainingManage) || who.can(kTrainingProgress); }
int64_t me(const auth::Principal& who) { return who.person_id.value_or(-1); }

// The assignments (alias a) whose counts and people the reader may see.
org::ScopeCondition assignment_scope(const auth::Principal& who) {
  org::ScopeCondition c;
  if (sees_all(who)) {
    if (who.unit_wide || who.can(kTrainingManage)) {
      c.sql = "1=1";
      return c;
    }
    if (!who.department_ids.empty()) {
      std::string in;
      for (int64_t id : who.department_ids) {
        in += in.empty() ? "?" : ",?";
        c.params.emplace_back(id);
      }
      c.sql = "a.department_id IN (" + in + ")";
      return c;
    }
  }
  c.sql = "a.person_id = ?";
  c.params.emplace_back(me(who));
  return c;
}

// Which courses (alias c, with the reader's assignment m) the reader may see.
std::string course_visibility(const auth::Principal& who) {
  return sees_all(who) ? "c.archived_at IS NULL" : "c.archived_at IS NULL AND m.id IS NOT NULL";
}

Course course_of(const store::Row& r) {
  Course c;
  c.id = r.i64("id");
  c.kind = r.text("kind");
  c.title = r.text("title");
  c.materials = r.text("materials");
  c.question_count = r.i64("question_count");
  c.pass_mark = r.i64("pass_mark");
  c.retakes = r.i64("retakes");
  c.auto_new_staff = r.i64("auto_new_staff") != 0;
  c.audience = r.text("audience");
  c.created_at = r.i64("created_at");
  c.bank_size = r.i64("bank_size");
  c.assigned = r.i64("assigned");
  c.passed = r.i64("passed");
  c.my_assignment_id = r.opt_i64("my_assignment_id");
  c.my_attempts = r.opt_i64("my_attempts").value_or(0);
  c.my_best_score = r.opt_i64("my_best_score");
  c.my_passed_at = r.opt_i64("my_passed_at");
  c.my_certificate_no = r.opt_text("my_certificate_no").value_or("");
  return c;
}

Result<std::vector<Course>> select_courses(store::Connection& conn, const auth::Principal& who,
                                           const std::string& where, const store::Params& where_params,
                                           const std::string& tail, const store::Params& tail_params) {
  const org::ScopeCondition as = assignment_scope(who);
  std::string text(store::sql(conn, "education/training_course_select"));
  text = org::splice(text, "/*ASCOPE*/", as.sql);
  text = org::splice(text, "/*ASCOPE*/", as.sql);
  text = org::splice(text, "/*WHERE*/", where);
  text = org::splice(text, "/*TAIL*/", tail);
  store::Params params = as.params;
  params.insert(params.end(), as.params.begin(), as.params.end());
  params.emplace_back(me(who));
  params.insert(params.end(), where_params.begin(), where_params.end());
  params.insert(params.end(), tail_params.begin(), tail_params.end());
  QF_TRY(auto rows, conn.query(text, params));
  std::vector<Course> out;
  for (const auto& r : rows) out.push_back(course_of(r));
  return out;
}

Result<int64_t> insert_assignments(store::Connection& conn, int64_t course_id, const Audience& a, int64_t now_ms) {
  QF_TRY(auto people, audience_people(conn, a));
  int64_t added = 0;
  for (const auto& [person, dept] : people) {
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "education/training_assignment_insert"),
                                   {course_id, person, store::opt(dept), std::string("audience"), now_ms}));
    added += n;
  }
  return added;
}

std::vector<std::string> options_of(const std::string& text) {
  std::vector<std::string> out;
  auto j = json::parse(text, nullptr, false);
  if (j.is_array())
    for (const auto& o : j)
      if (o.is_string()) out.push_back(o.get<std::string>());
  return out;
}

std::vector<int64_t> ids_of(const std::string& text) {
  std::vector<int64_t> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t comma = text.find(',', pos);
    if (comma == std::string::npos) comma = text.size();
    out.push_back(std::stoll(text.substr(pos, comma - pos)));
    pos = comma + 1;
  }
  return out;
}

std::string year_certificate(int year, int64_t seq) { return fmt::format("廉培证〔{}〕第{:04d}号", year, seq); }

// [start, end) in ms of a civil year in the business time zone.
std::pair<int64_t, int64_t> year_bounds(int year) {
  const int64_t offset = int64_t{Date::business_utc_offset_minutes()} * 60 * 1000;
  const int64_t day = 86400000;
  return {Date::from_ymd(year, 1, 1)->days_since_epoch() * day - offset,
          Date::from_ymd(year + 1, 1, 1)->days_since_epoch() * day - offset};
}

}  // namespace

bool is_training_kind(std::string_view code) { return has(kTrainingKinds, code); }
bool is_question_kind(std::string_view code) { return has(kQuestionKinds, code); }
void register_training_dictionaries() {
  add_dictionary("education.training_kind", "培训类别", "Training kind", kTrainingKinds);
  add_dictionary("education.question_kind", "题型", "Question kind", kQuestionKinds);
}

Result<std::pair<int64_t, int64_t>> create_course(store::Connection& conn, const CourseInput& in, int64_t account_id,
                                                  int64_t now_ms) {
  if (in.kind.empty()) return bad("kind", "请选择培训类别", "kind is required");
  if (!is_training_kind(in.kind))
    return bad("kind", "培训类别不在字典「培训类别」中", "kind is not in the dictionary education.training_kind");
  if (trim(in.title).empty()) return bad("title", "课程名称不能为空", "title is required");
  QF_TRY_STATUS(check_length(in.title, "title", "课程名称", 200));
  QF_TRY_STATUS(check_length(in.materials, "materials", "学习材料", 50000));
  if (in.question_count < 1 || in.question_count > 100)
    return bad("question_count", "每次测试抽题数应为 1 至 100 之间的整数",
               "question_count (questions drawn per attempt) must be an integer from 1 to 100");
  if (in.pass_mark < 1 || in.pass_mark > 100)
    return bad("pass_mark", "合格分数应为 1 至 100 之间的整数（满分 100）",
               "pass_mark must be an integer from 1 to 100 (out of 100)");
  if (in.retakes < 0 || in.retakes > 10)
    return bad("retakes", "允许补考次数应为 0 至 10 之间的整数", "retakes must be an integer from 0 to 10");
  std::string audience;
  if (!in.audience.empty()) {
    QF_TRY_STATUS(check_audience(conn, in.audience));
    QF_TRY(audience, audience_words(conn, in.audience));
  }
  if (in.auto_new_staff) audience += std::string(audience.empty() ? "" : "；") + "新入职人员（自动分配）";
  QF_TRY(int64_t id,
         conn.insert(store::sql(conn, "education/training_course_insert"),
                     {in.kind, trim(in.title), in.materials, in.question_count, in.pass_mark, in.retakes,
                      int64_t{in.auto_new_staff ? 1 : 0},
                      in.auto_new_staff ? store::Value{now_ms} : store::Value{nullptr}, audience,
                      account_id ? store::Value{account_id} : store::Value{nullptr}, now_ms, now_ms}));
  int64_t assigned = 0;
  if (!in.audience.empty()) {
    QF_TRY(assigned, insert_assignments(conn, id, in.audience, now_ms));
  }
  return std::make_pair(id, assigned);
}

Result<Course> get_course(store::Connection& conn, const auth::Principal& who, int64_t id) {
  QF_TRY(auto rows, select_courses(conn, who, "c.id = ? AND " + course_visibility(who), {id}, "", {}));
  if (rows.empty()) return course_not_found();
  return rows.front();
}

Result<std::pair<std::vector<Course>, int64_t>> list_courses(store::Connection& conn, const auth::Principal& who,
                                                            const CourseQuery& q) {
  std::string where = course_visibility(who);
  if (q.mine || !sees_all(who)) where += " AND m.id IS NOT NULL";
  if (q.passed) where += *q.passed ? " AND m.passed_at IS NOT NULL" : " AND m.passed_at IS NULL";
  QF_TRY(auto n, conn.query_one(org::splice(store::sql(conn, "education/training_course_count"), "/*WHERE*/", where),
                                {me(who)}));
  std::string tail = "ORDER BY c.created_at DESC, c.id DESC";
  store::Params tail_params;
  if (q.limit > 0) {
    tail += " LIMIT ? OFFSET ?";
    tail_params = {q.limit, q.offset};
  }
  QF_TRY(auto rows, select_courses(conn, who, where, {}, tail, tail_params));
  return std::make_pair(std::move(rows), n.i64("n"));
}

Result<int64_t> assign_course(store::Connection& conn, const auth::Principal& who, int64_t course_id,
                              const Audience& a, int64_t now_ms) {
  QF_TRY(Course c, get_course(conn, who, course_id));
  QF_TRY_STATUS(check_audience(conn, a));
  return insert_assignments(conn, c.id, a, now_ms);
}

std::string normal_answer(std::string_view text) {
  std::set<char> letters;
  for (char ch : text) {
    if (ch == ',' || ch == ' ' || ch == ';' || ch == '/') continue;
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (ch < 'A' || ch > 'Z') return "";
    letters.insert(ch);
  }
  return std::string(letters.begin(), letters.end());
}

Result<int64_t> add_questions(store::Connection& conn, const auth::Principal& who, int64_t course_id,
                              const std::vector<QuestionInput>& in, int64_t now_ms, const std::string& prefix) {
  QF_TRY(Course c, get_course(conn, who, course_id));
  if (in.empty()) return bad(prefix, "请至少提供一道试题", prefix + ": give at least one question");
  int64_t added = 0;
  for (size_t k = 0; k < in.size(); ++k) {
    const QuestionInput& q = in[k];
    const std::string at = q.row ? fmt::format("{}:{}", prefix, q.row) : fmt::format("{}[{}]", prefix, k);
    const std::string zh = q.row ? fmt::format("{} 第 {} 行", prefix, q.row) : fmt::format("第 {} 题", k + 1);
    if (q.kind.empty() || !is_question_kind(q.kind))
      return bad(at + ".kind", zh + "的题型应为单选题、多选题或判断题",
                 at + ".kind must be single, multiple or judge");
    if (trim(q.stem).empty()) return bad(at + ".stem", zh + "的题干不能为空", at + ".stem is required");
    QF_TRY_STATUS(check_length(q.stem, at + ".stem", zh + "的题干", 2000));
    QF_TRY_STATUS(check_length(q.explanation, at + ".explanation", zh + "的解析", 2000));
    std::vector<std::string> options;
    for (const auto& o : q.options) options.push_back(trim(o));
    if (q.kind == "judge") {
      if (options.empty()) options = {"正确", "错误"};
      if (options.size() != 2)
        return bad(at + ".options", zh + "为判断题，选项应为「正确」「错误」两项",
                   at + ".options: a true/false question has exactly two options");
    } else if (options.size() < 2 || options.size() > 8) {
      return bad(at + ".options", zh + "的选项应为 2 至 8 项", at + ".options must have 2 to 8 options");
    }
    for (size_t o = 0; o < options.size(); ++o) {
      if (options[o].empty())
        return bad(fmt::format("{}.options[{}]", at, o), fmt::format("{}的选项 {} 不能为空", zh, char('A' + o)),
                   fmt::format("{}.options[{}] is empty", at, o));
      QF_TRY_STATUS(check_length(options[o], fmt::format("{}.options[{}]", at, o), zh + "的选项", 500));
    }
    std::string answer = q.answer;
    if (q.kind == "judge") {
      const std::string t = trim(q.answer);
      if (t == "正确" || t == "对" || t == "√" || t == "T" || t == "t" || t == "true") answer = "A";
      if (t == "错误" || t == "错" || t == "×" || t == "F" || t == "f" || t == "false") answer = "B";
    }
    answer = normal_answer(answer);
    const char last = static_cast<char>('A' + options.size() - 1);
    const bool letters_ok = !answer.empty() && answer.back() <= last;
    if (!letters_ok)
      return bad(at + ".answer", fmt::format("{}的答案应为选项字母 A 至 {}", zh, last),
                 fmt::format("{}.answer must be option letters A to {}", at, last));
    if ((q.kind == "single" || q.kind == "judge") && answer.size() != 1)
      return bad(at + ".answer", zh + "只能有一个正确答案", at + ".answer: exactly one letter for this kind");
    if (q.kind == "multiple" && answer.size() < 2)
      return bad(at + ".answer", zh + "为多选题，正确答案应至少两项",
                 at + ".answer: a multiple-choice question has at least two correct options");
    json opts = options;
    QF_TRY(int64_t id, conn.insert(store::sql(conn, "education/training_question_insert"),
                                   {c.id, q.kind, trim(q.stem), opts.dump(), answer, trim(q.explanation),
                                    now_ms}));
    (void)id;
    ++added;
  }
  return added;
}

const std::vector<std::string>& question_import_headers() {
  static const std::vector<std::string> h{"题型", "题干", "选项A", "选项B", "选项C", "选项D",
                                          "选项E", "选项F", "选项G", "选项H", "答案", "解析"};
  return h;
}

Result<std::vector<QuestionInput>> questions_from_xlsx(std::string_view bytes, const std::string& filename) {
  auto rows = spreadsheet::read_xlsx_rows(bytes, filename);
  if (!rows.ok())
    return bad("file", fmt::format("{} 不是可读取的 XLSX 文件：{}", filename, rows.error().message_zh),
               fmt::format("{} is not a readable XLSX file: {}", filename, rows.error().message_en));
  const auto& headers = question_import_headers();
  if (rows->empty() || rows->front().cells.empty() || trim(rows->front().cells[0]) != headers[0])
    return bad("file", fmt::format("{} 第 1 行应为表头：{} …（请使用题库导入模板）", filename, headers[0]),
               fmt::format("{} row 1 must be the header 题型, 题干, 选项A … (use the import template)", filename));
  const auto& head = rows->front().cells;
  for (size_t c = 0; c < headers.size(); ++c) {
    if (c >= head.size() || trim(head[c]) != headers[c])
      return bad("file", fmt::format("{} 第 1 行第 {} 列应为「{}」（请使用题库导入模板）", filename, c + 1, headers[c]),
                 fmt::format("{} row 1, column {} must read {} (use the import template)", filename, c + 1, headers[c]));
  }
  std::vector<QuestionInput> out;
  for (size_t r = 1; r < rows->size(); ++r) {
    const auto& cells = (*rows)[r].cells;
    auto cell = [&](size_t c) { return c < cells.size() ? trim(cells[c]) : std::string(); };
    bool empty = true;
    for (size_t c = 0; c < headers.size(); ++c) empty = empty && cell(c).empty();
    if (empty) continue;
    const uint64_t row_no = (*rows)[r].number ? (*rows)[r].number : r + 1;
    QuestionInput q;
    q.row = static_cast<size_t>(row_no);
    const std::string kind = cell(0);
    q.kind = kind == "单选题" || kind == "单选" ? "single"
             : kind == "多选题" || kind == "多选" ? "multiple"
             : kind == "判断题" || kind == "判断" ? "judge"
                                                  : kind;
    if (!is_question_kind(q.kind))
      return bad(fmt::format("{}:{}.kind", filename, row_no),
                 fmt::format("{} 第 {} 行的题型「{}」应为单选题、多选题或判断题", filename, row_no, kind),
                 fmt::format("{} row {}: kind must be 单选题, 多选题 or 判断题", filename, row_no));
    q.stem = cell(1);
    for (size_t c = 2; c < 10; ++c) {
      if (cell(c).empty()) {
        for (size_t d = c + 1; d < 10; ++d)
          if (!cell(d).empty())
            return bad(fmt::format("{}:{}.options", filename, row_no),
                       fmt::format("{} 第 {} 行的选项不连续：{}为空而{}有内容", filename, row_no, headers[c], headers[d]),
                       fmt::format("{} row {}: options must be consecutive", filename, row_no));
        break;
      }
      q.options.push_back(cell(c));
    }
    q.answer = cell(10);
    q.explanation = cell(11);
    out.push_back(std::move(q));
  }
  if (out.empty())
    return bad("file", fmt::format("{} 中没有试题（表头下每行一题）", filename),
               fmt::format("{} has no questions (one a row under the header)", filename));
  return out;
}

Result<std::vector<Question>> question_bank(store::Connection& conn, const auth::Principal& who, int64_t course_id) {
  QF_TRY(Course c, get_course(conn, who, course_id));
  QF_TRY(auto rows, conn.query(store::sql(conn, "education/training_questions"), {c.id}));
  std::vector<Question> out;
  for (const auto& r : rows)
    out.push_back({r.i64("id"), r.text("kind"), r.text("stem"), options_of(r.text("options")), r.text("answer"),
                   r.text("explanation")});
  return out;
}

std::vector<int64_t> draw_questions(uint64_t seed, std::vector<int64_t> bank, size_t n) {
  std::sort(bank.begin(), bank.end());
  uint64_t s = seed ^ 0x9E3779B97F4A7C15ULL;
  if (s == 0) s = 1;
  auto next = [&s] {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  };
  n = std::min(n, bank.size());
  for (size_t i = 0; i < n; ++i) {
    const size_t j = i + static_cast<size_t>(next() % (bank.size() - i));
    std::swap(bank[i], bank[j]);
  }
  bank.resize(n);
  return bank;
}

int64_t score_of(int64_t right, int64_t asked) {
  if (asked <= 0) return 0;
  return (200 * right + asked) / (2 * asked);  // round half up, integers only
}

namespace {

// Reads an attempt of the reader's with its questions (answers only once submitted).
Result<Attempt> load_attempt(store::Connection& conn, const auth::Principal& who, int64_t attempt_id) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "education/training_attempt_select"), {attempt_id, me(who)}));
  if (rows.empty()) return attempt_not_found();
  const store::Row& r = rows.front();
  Attempt a;
  a.id = r.i64("id");
  a.assignment_id = r.i64("assignment_id");
  a.course_id = r.i64("course_id");
  a.attempt_no = r.i64("attempt_no");
  a.course_title = r.text("course_title");
  a.seed = r.i64("seed");
  a.question_ids = ids_of(r.text("question_ids"));
  a.started_at = r.i64("started_at");
  a.submitted_at = r.opt_i64("submitted_at");
  a.correct = r.opt_i64("correct").value_or(0);
  a.score = r.opt_i64("score").value_or(0);
  a.passed = r.opt_i64("passed").value_or(0) != 0;
  a.pass_mark = r.i64("pass_mark");
  a.attempts_allowed = r.i64("retakes") + 1;
  a.attempts_used = r.i64("attempts");
  a.certificate_no = r.opt_text("certificate_no").value_or("");
  json answers = json::object();
  if (a.submitted_at) answers = json::parse(r.opt_text("answers").value_or("{}"), nullptr, false);
  QF_TRY(auto bank, conn.query(store::sql(conn, "education/training_questions"), {a.course_id}));
  std::map<int64_t, const store::Row*> by_id;
  for (const auto& q : bank) by_id[q.i64("id")] = &q;
  for (int64_t id : a.question_ids) {
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;
    const store::Row& q = *it->second;
    AttemptQuestion aq;
    aq.id = id;
    aq.kind = q.text("kind");
    aq.stem = q.text("stem");
    aq.options = options_of(q.text("options"));
    if (a.submitted_at) {
      aq.answer = q.text("answer");
      aq.explanation = q.text("explanation");
      const std::string key = std::to_string(id);
      if (answers.is_object() && answers.contains(key) && answers[key].is_string()) aq.chosen = answers[key].get<std::string>();
      aq.right = aq.chosen == aq.answer;
    }
    a.questions.push_back(std::move(aq));
  }
  return a;
}

}  // namespace

Result<Attempt> start_attempt(store::Connection& conn, const auth::Principal& who, int64_t course_id, uint64_t seed,
                              int64_t now_ms) {
  QF_TRY(Course c, get_course(conn, who, course_id));
  if (!c.my_assignment_id)
    return conflict("training.not_assigned", "这门培训课程没有分配给您，无需测试",
                    "This course is not assigned to you: no quiz to take");
  if (c.my_passed_at)
    return conflict("training.already_passed", "您已通过本课程测试，无需再考",
                    "You have already passed this course's quiz");
  QF_TRY(auto open, conn.query(store::sql(conn, "education/training_attempt_open"), {*c.my_assignment_id}));
  if (!open.empty()) return load_attempt(conn, who, open.front().i64("id"));
  if (c.my_attempts >= c.retakes + 1)
    return conflict("training.no_attempts_left",
                    fmt::format("测试次数已用完（共 {} 次：首次测试及补考 {} 次），请联系培训组织部门", c.retakes + 1,
                                c.retakes),
                    fmt::format("No attempts left ({} allowed: the first and {} retakes)", c.retakes + 1, c.retakes));
  QF_TRY(auto bank_rows, conn.query(store::sql(conn, "education/training_questions"), {c.id}));
  if (static_cast<int64_t>(bank_rows.size()) < c.question_count)
    return conflict("training.bank_too_small",
                    fmt::format("题库只有 {} 道题，少于每次测试的抽题数 {}，暂不能测试", bank_rows.size(),
                                c.question_count),
                    fmt::format("The bank has {} questions, fewer than the {} drawn per attempt", bank_rows.size(),
                                c.question_count));
  std::vector<int64_t> bank;
  for (const auto& r : bank_rows) bank.push_back(r.i64("id"));
  const int64_t stored_seed = static_cast<int64_t>(seed & 0x3FFFFFFFFFFFFFFFULL);
  const auto drawn = draw_questions(static_cast<uint64_t>(stored_seed), bank, static_cast<size_t>(c.question_count));
  std::string ids;
  for (int64_t id : drawn) ids += (ids.empty() ? "" : ",") + std::to_string(id);
  const int64_t bank_max = *std::max_element(bank.begin(), bank.end());
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "education/training_assignment_started"),
                                 {*c.my_assignment_id, c.my_attempts}));
  if (n != 1)
    return conflict("training.concurrent", "测试已在另一窗口开始，请刷新后继续",
                    "The attempt was started elsewhere: reload and continue");
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "education/training_attempt_insert"),
                                 {*c.my_assignment_id, c.my_attempts + 1, stored_seed, bank_max, ids, now_ms}));
  return load_attempt(conn, who, id);
}

Result<Attempt> get_attempt(store::Connection& conn, const auth::Principal& who, int64_t attempt_id) {
  if (!who.person_id) return attempt_not_found();
  return load_attempt(conn, who, attempt_id);
}

Result<Attempt> submit_attempt(store::Connection& conn, const auth::Principal& who, int64_t attempt_id,
                               const std::map<int64_t, std::string>& answers, int64_t now_ms, int beijing_year) {
  QF_TRY(Attempt a, get_attempt(conn, who, attempt_id));
  if (a.submitted_at)
    return conflict("training.submitted", "本次测试已交卷，不能再次提交", "This attempt has been submitted already");
  std::map<int64_t, const AttemptQuestion*> asked;
  for (const auto& q : a.questions) asked[q.id] = &q;
  json stored = json::object();
  for (const auto& [id, text] : answers) {
    const std::string field = fmt::format("answers.{}", id);
    auto it = asked.find(id);
    if (it == asked.end())
      return bad(field, fmt::format("试题 {} 不在本次测试中", id), fmt::format("{}: not a question of this attempt", field));
    const AttemptQuestion& q = *it->second;
    const std::string choice = normal_answer(text);
    if (text.empty()) continue;  // not answered: wrong
    const char last = static_cast<char>('A' + q.options.size() - 1);
    if (choice.empty() || choice.back() > last)
      return bad(field, fmt::format("试题 {} 的作答应为选项字母 A 至 {}", id, last),
                 fmt::format("{} must be option letters A to {}", field, last));
    if (q.kind != "multiple" && choice.size() != 1)
      return bad(field, fmt::format("试题 {} 为{}，只能选一项", id, q.kind == "judge" ? "判断题" : "单选题"),
                 fmt::format("{}: choose exactly one option", field));
    stored[std::to_string(id)] = choice;
  }
  QF_TRY(auto bank, conn.query(store::sql(conn, "education/training_questions"), {a.course_id}));
  int64_t right = 0;
  for (const auto& r : bank) {
    const std::string key = std::to_string(r.i64("id"));
    if (!asked.count(r.i64("id"))) continue;
    if (stored.contains(key) && stored[key].get<std::string>() == r.text("answer")) ++right;
  }
  const int64_t score = score_of(right, static_cast<int64_t>(a.question_ids.size()));
  const bool passed = score >= a.pass_mark;
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "education/training_attempt_submit"),
                                 {now_ms, stored.dump(), right, score, int64_t{passed ? 1 : 0}, a.id}));
  if (n != 1)
    return conflict("training.submitted", "本次测试已交卷，不能再次提交", "This attempt has been submitted already");
  QF_TRY_STATUS(conn.execute(store::sql(conn, "education/training_assignment_scored"), {score, score, a.assignment_id}));
  if (passed) {
    QF_TRY(auto seq, conn.query_one(store::sql(conn, "education/counter_next"),
                                    {int64_t{beijing_year}, std::string("training_certificate")}));
    QF_TRY_STATUS(conn.execute(store::sql(conn, "education/training_assignment_passed"),
                               {now_ms, year_certificate(beijing_year, seq.i64(0)), a.assignment_id}));
  }
  return load_attempt(conn, who, a.id);
}

Result<Certificate> certificate(store::Connection& conn, const auth::Principal& who, int64_t assignment_id) {
  const Error absent = Error::make(ErrorKind::kNotFound, "training.certificate_not_found", "结业证书不存在",
                                   "The certificate does not exist");
  QF_TRY(auto rows, conn.query(store::sql(conn, "education/training_certificate"), {assignment_id}));
  if (rows.empty()) return absent;
  const store::Row& r = rows.front();
  const bool own = who.person_id && *who.person_id == r.i64("person_id");
  bool in_scope = false;
  if (!own && sees_all(who)) {
    if (who.unit_wide || who.can(kTrainingManage)) in_scope = true;
    else if (auto d = r.opt_i64("department_id"))
      in_scope = std::find(who.department_ids.begin(), who.department_ids.end(), *d) != who.department_ids.end();
  }
  if (!own && !in_scope) return absent;
  Certificate c;
  c.assignment_id = r.i64("id");
  c.number = r.opt_text("certificate_no").value_or("");
  c.person_name = r.text("person_name");
  c.department_name = r.opt_text("department_name").value_or("");
  c.course_title = r.text("course_title");
  c.course_kind = r.text("course_kind");
  c.score = r.opt_i64("best_score").value_or(0);
  c.passed_at = r.i64("passed_at");
  return c;
}

Result<std::vector<TrainingCompletion>> training_completion(store::Connection& conn, const auth::Principal& who,
                                                            int64_t course_id) {
  QF_TRY(Course c, get_course(conn, who, course_id));
  const org::ScopeCondition as = assignment_scope(who);
  store::Params params{c.id};
  params.insert(params.end(), as.params.begin(), as.params.end());
  QF_TRY(auto rows,
         conn.query(org::splice(store::sql(conn, "education/training_completion"), "/*SCOPE*/", as.sql), params));
  std::vector<TrainingCompletion> out;
  for (const auto& r : rows) {
    TrainingCompletion t;
    t.department_id = r.opt_i64("department_id").value_or(0);
    t.department_name = r.opt_text("department_name").value_or("（未分配部门）");
    t.assigned = r.i64("assigned");
    t.passed = r.opt_i64("passed").value_or(0);
    t.failed = r.opt_i64("failed").value_or(0);
    t.not_started = t.assigned - t.passed - t.failed;
    out.push_back(t);
  }
  return out;
}

Result<std::vector<Trainee>> trainees(store::Connection& conn, const auth::Principal& who, int64_t course_id,
                                      std::optional<int64_t> department_id) {
  QF_TRY(Course c, get_course(conn, who, course_id));
  const org::ScopeCondition as = assignment_scope(who);
  store::Params params{c.id};
  params.insert(params.end(), as.params.begin(), as.params.end());
  std::string cond = as.sql;
  if (department_id) {
    cond += " AND a.department_id = ?";
    params.emplace_back(*department_id);
  }
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "education/training_trainees"), "/*SCOPE*/", cond), params));
  std::vector<Trainee> out;
  for (const auto& r : rows)
    out.push_back({r.i64("id"), r.i64("person_id"), r.text("name"), r.opt_text("department_name").value_or(""),
                   r.text("source"), r.i64("attempts"), r.opt_i64("best_score"), r.opt_i64("passed_at"),
                   r.opt_text("certificate_no").value_or("")});
  return out;
}

Result<int64_t> training_pending_count(store::Connection& conn, const auth::Principal& who) {
  if (!who.person_id) return int64_t{0};
  QF_TRY(auto n, conn.query_one(store::sql(conn, "education/training_pending_count"), {*who.person_id}));
  return n.i64("n");
}

Result<int64_t> assign_new_staff(store::Connection& conn, int64_t now_ms) {
  QF_TRY(auto due, conn.query_one(store::sql(conn, "education/training_new_staff_due")));
  if (due.i64("n") == 0) return int64_t{0};
  return conn.execute(store::sql(conn, "education/training_new_staff"), {now_ms});
}

Result<std::vector<YearPass>> passes_in_year(store::Connection& conn, int year) {
  const auto [from, to] = year_bounds(year);
  QF_TRY(auto rows, conn.query(store::sql(conn, "education/training_passes"), {from, to}));
  std::vector<YearPass> out;
  std::set<int64_t> seen;
  for (const auto& r : rows) {
    if (!seen.insert(r.i64("person_id")).second) continue;
    out.push_back({r.i64("person_id"), r.opt_i64("department_id"), r.text("person_name"),
                   r.opt_text("department_name").value_or(""), r.text("course_title"),
                   r.opt_text("certificate_no").value_or(""), Date::from_unix_ms(r.i64("passed_at")).to_string()});
  }
  return out;
}

}  // namespace qf::education

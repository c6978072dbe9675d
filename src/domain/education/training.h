#pragma once
// Training with quizzes (廉政培训与测试), part of education (docs/modules/education.md,
// "Training"): courses for new staff and young cadres with their materials, a question
// bank per course (single choice, multiple choice, true/false), the quiz rule (N
// questions drawn at random from the bank per attempt, a pass mark out of 100, allowed
// retakes), the people assigned, the attempts scored on the server and the certificate
// number of a pass. Store functions run in the caller's transaction.
//
// Who sees what (the permissions are declared in api/training_api.cpp):
//   * training.manage (the discipline committee, organisation and personnel) creates
//     courses, fills the bank (with the answers), assigns; sees every course;
//   * training.progress (leaders, department heads) sees every course and the
//     completion of the people its data scope reaches;
//   * training.take (every staff member) sees the courses assigned to them and takes
//     their quiz; any other course answers exactly like an absent one. Answers and
//     explanations reach a taker only with the result of a submitted attempt;
//   * the three administrators hold none of these.
// Training material, not case content: nothing here is sealed.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/education/education.h"
#include "store/database.h"

namespace qf::education {

inline constexpr std::string_view kTrainingTake = "training.take";
inline constexpr std::string_view kTrainingProgress = "training.progress";
inline constexpr std::string_view kTrainingManage = "training.manage";

// 培训类别 (dictionary education.training_kind): new_staff, young_cadre, general.
bool is_training_kind(std::string_view code);
// 题型 (dictionary education.question_kind): single, multiple, judge.
bool is_question_kind(std::string_view code);
void register_training_dictionaries();

struct CourseInput {
  std::string kind, title, materials;
  int64_t question_count = 0;  // drawn per attempt, 1..100
  int64_t pass_mark = 0;       // out of 100, 1..100
  int64_t retakes = -1;        // 0..10 (attempts allowed = 1 + retakes)
  bool auto_new_staff = false; // assign to every person added to the organisation from now on
  Audience audience;           // may be empty
};

struct Course {
  int64_t id = 0;
  std::string kind, title, materials, audience;
  int64_t question_count = 0, pass_mark = 0, retakes = 0;
  bool auto_new_staff = false;
  int64_t bank_size = 0;
  int64_t created_at = 0;
  // Over the assignments the reader may see.
  int64_t assigned = 0, passed = 0;
  // The reader's own assignment.
  std::optional<int64_t> my_assignment_id;
  int64_t my_attempts = 0;
  std::optional<int64_t> my_best_score, my_passed_at;
  std::string my_certificate_no;
};

// Validates (errors name the field: kind, title, materials, question_count, pass_mark,
// retakes, audience.…) and stores a course, assigns its audience; returns the id and
// how many were assigned.
Result<std::pair<int64_t, int64_t>> create_course(store::Connection& conn, const CourseInput& in, int64_t account_id,
                                                  int64_t now_ms);
Result<Course> get_course(store::Connection& conn, const auth::Principal& who, int64_t id);
struct CourseQuery {
  bool mine = false;  // only the reader's assignments (forced without progress/manage)
  std::optional<bool> passed;  // with mine: pending (false) / passed (true)
  int64_t offset = 0;
  int64_t limit = 20;
};
Result<std::pair<std::vector<Course>, int64_t>> list_courses(store::Connection& conn, const auth::Principal& who,
                                                            const CourseQuery& q);
// Adds people (those already assigned stay as they are); returns how many were added.
Result<int64_t> assign_course(store::Connection& conn, const auth::Principal& who, int64_t course_id,
                              const Audience& a, int64_t now_ms);

// A question of the bank. options: A, B, C… in order; judge: {"正确", "错误"}.
struct Question {
  int64_t id = 0;
  std::string kind, stem;
  std::vector<std::string> options;
  std::string answer;  // letters in order: "B", "ACD"
  std::string explanation;
};
struct QuestionInput {
  std::string kind, stem, answer, explanation;
  std::vector<std::string> options;  // judge: may be empty (正确 / 错误)
  size_t row = 0;                    // its row in an imported file (errors name it), 0 otherwise
};
// Normalises an answer ("c, a" → "AC"); empty when not letters.
std::string normal_answer(std::string_view text);
// Adds questions to a course's bank, all or none; errors name `<prefix>[k].field`
// (questions[3].answer …).
// Questions of an imported file (QuestionInput::row set) are named `<prefix>:<row>.field`
// and "<prefix> 第 N 行…" (the prefix then being the file's name).
Result<int64_t> add_questions(store::Connection& conn, const auth::Principal& who, int64_t course_id,
                              const std::vector<QuestionInput>& in, int64_t now_ms,
                              const std::string& prefix = "questions");

// The question-bank import file (题库导入模板, XLSX): a header row 题型, 题干, 选项A … 选项H,
// 答案, 解析, then one question a row (题型: 单选题/多选题/判断题 or single/multiple/judge;
// empty option cells end the options; a 判断题 needs none). Empty rows are skipped.
// Errors name the file and row. The questions are then checked by add_questions.
const std::vector<std::string>& question_import_headers();
Result<std::vector<QuestionInput>> questions_from_xlsx(std::string_view bytes, const std::string& filename);
Result<std::vector<Question>> question_bank(store::Connection& conn, const auth::Principal& who, int64_t course_id);

// The random draw: n of the bank's question ids (sorted ascending first), by a
// xorshift generator seeded with `seed` (a partial Fisher–Yates shuffle). The same
// seed and bank give the same questions in the same order — an attempt's questions are
// reproducible from its record.
std::vector<int64_t> draw_questions(uint64_t seed, std::vector<int64_t> bank, size_t n);

// Scoring: a question is right when the chosen letters are exactly its answer (a
// multiple-choice question with one letter missing or one extra is wrong); the score
// is round(100 × right / asked).
int64_t score_of(int64_t right, int64_t asked);

// An attempt as the taker sees it: before submission, the questions without answers
// or explanations; after, with the choice, the answer, right or wrong and the
// explanation.
struct AttemptQuestion {
  int64_t id = 0;
  std::string kind, stem;
  std::vector<std::string> options;
  // Only once submitted:
  std::string chosen, answer, explanation;
  bool right = false;
};
struct Attempt {
  int64_t id = 0, assignment_id = 0, course_id = 0, attempt_no = 0;
  std::string course_title;
  int64_t seed = 0;
  std::vector<int64_t> question_ids;
  int64_t started_at = 0;
  std::optional<int64_t> submitted_at;
  int64_t correct = 0, score = 0;
  bool passed = false;
  int64_t pass_mark = 0, attempts_allowed = 0, attempts_used = 0;
  std::string certificate_no;
  std::vector<AttemptQuestion> questions;
};
// Starts an attempt of the reader's assignment to the course, or returns the one
// started and not submitted. Not assigned (or no such course): kNotFound
// training.not_found; passed: kConflict training.already_passed; every attempt used:
// kConflict training.no_attempts_left; a bank smaller than the draw: kConflict
// training.bank_too_small. `seed` is the draw's seed (the caller's randomness).
Result<Attempt> start_attempt(store::Connection& conn, const auth::Principal& who, int64_t course_id, uint64_t seed,
                              int64_t now_ms);
// The reader's own attempt (anyone else's: kNotFound training.attempt_not_found).
Result<Attempt> get_attempt(store::Connection& conn, const auth::Principal& who, int64_t attempt_id);
// Scores the answers ({question id → letters}); errors name answers.<id>; a submitted
// attempt: kConflict training.submitted. A pass records passed_at and the certificate
// number (廉培证〔year〕第NNNN号, year of the pass in Beijing time).
Result<Attempt> submit_attempt(store::Connection& conn, const auth::Principal& who, int64_t attempt_id,
                               const std::map<int64_t, std::string>& answers, int64_t now_ms, int beijing_year);

// The certificate of completion (结业证书) of an assignment: its own person, or a
// progress / manage reader whose scope reaches it; otherwise and when not passed:
// kNotFound training.certificate_not_found.
struct Certificate {
  int64_t assignment_id = 0;
  std::string number, person_name, department_name, course_title, course_kind;
  int64_t score = 0;
  int64_t passed_at = 0;
};
Result<Certificate> certificate(store::Connection& conn, const auth::Principal& who, int64_t assignment_id);

// Completion per department (the department at assignment) over the reader's scope.
struct TrainingCompletion {
  int64_t department_id = 0;
  std::string department_name;
  int64_t assigned = 0, passed = 0, failed = 0, not_started = 0;  // failed: attempted, not passed yet
};
Result<std::vector<TrainingCompletion>> training_completion(store::Connection& conn, const auth::Principal& who,
                                                            int64_t course_id);
struct Trainee {
  int64_t assignment_id = 0, person_id = 0;
  std::string name, department_name, source;
  int64_t attempts = 0;
  std::optional<int64_t> best_score, passed_at;
  std::string certificate_no;
};
Result<std::vector<Trainee>> trainees(store::Connection& conn, const auth::Principal& who, int64_t course_id,
                                      std::optional<int64_t> department_id);

// The reader's courses not passed yet with attempts left (the home page's 待完成培训).
Result<int64_t> training_pending_count(store::Connection& conn, const auth::Principal& who);

// Automatic assignment of the new-staff courses (auto_new_staff): every active person
// created at or after the course's auto_since and not yet assigned is assigned (source
// new_staff). The organisation has no hook on person creation: this sweep runs at the
// message centre's sweep, at every home-page read and at every 我的培训 read. Returns
// how many were added.
Result<int64_t> assign_new_staff(store::Connection& conn, int64_t now_ms);

// People who passed a course in `year` (passed_at in the Beijing year), one per person,
// with their department at assignment — the annual figure education.training_completed.
struct YearPass {
  int64_t person_id = 0;
  std::optional<int64_t> department_id;
  std::string person_name, department_name, course_title, certificate_no, passed_on;
};
Result<std::vector<YearPass>> passes_in_year(store::Connection& conn, int year);

}  // namespace qf::education

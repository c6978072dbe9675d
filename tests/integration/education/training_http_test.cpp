// Training with quizzes through a real `qingfeng serve` (both databases): the server
// draws an attempt's questions and records the draw (reproducible from the attempt's
// seed and bank), answers and explanations are never sent before submission, scoring
// (a multiple-choice question is right only with exactly its letters), the pass mark
// (a score equal to it passes), the retake limit, the certificate; completion per
// department (scoped for a department head) and its XLSX; the automatic assignment of
// the new-staff course to a person added to the organisation; the home page's
// 待完成培训 and the message centre's to-do; the annual figure
// education.training_completed; bad input naming the field with nothing stored; staff
// who are not assigned and the three administrators refused.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <regex>
#include <set>

#include "core/calendar.h"
#include "core/clock.h"
#include "domain/education/training.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;

// A bank of real integrity-rule questions (single, multiple, true/false).
json bank_a() {
  return json::array({
      {{"kind", "single"},
       {"stem", "中央八项规定出台于哪一年？"},
       {"options", {"2010年", "2012年", "2015年", "2018年"}},
       {"answer", "B"},
       {"explanation", "2012年12月4日，中央政治局会议审议通过中央八项规定。"}},
      {{"kind", "single"},
       {"stem", "党员干部收受可能影响公正执行公务的礼品礼金，违反的是哪类纪律？"},
       {"options", {"政治纪律", "组织纪律", "廉洁纪律", "工作纪律"}},
       {"answer", "C"},
       {"explanation", "《中国共产党纪律处分条例》将收受礼品礼金列为违反廉洁纪律的行为。"}},
      {{"kind", "single"},
       {"stem", "监督执纪“四种形态”中，第一种形态是指？"},
       {"options", {"党纪轻处分、组织调整", "经常开展批评和自我批评、约谈函询", "党纪重处分", "严重违纪涉嫌违法立案审查"}},
       {"answer", "B"},
       {"explanation", "让“红红脸、出出汗”成为常态。"}},
      {{"kind", "multiple"},
       {"stem", "下列属于违反中央八项规定精神的行为有？"},
       {"options", {"公款吃喝", "违规发放津贴补贴", "按标准安排公务接待", "公车私用"}},
       {"answer", "ABD"},
       {"explanation", "按标准安排的公务接待不违规。"}},
      {{"kind", "multiple"},
       {"stem", "党员干部操办婚丧喜庆事宜，应当做到？"},
       {"options", {"从简办理", "不借机敛财", "邀请管理服务对象参加", "按规定报告"}},
       {"answer", "ABD"},
       {"explanation", "不得邀请管理服务对象参加并收受礼金。"}},
      {{"kind", "multiple"},
       {"stem", "个人有关事项报告中应当报告的有？"},
       {"options", {"本人婚姻变化情况", "配偶、子女从业情况", "本人的兴趣爱好", "本人、配偶、共同生活的子女投资情况"}},
       {"answer", "ABD"},
       {"explanation", "兴趣爱好不属于报告事项。"}},
      {{"kind", "multiple"},
       {"stem", "廉政风险防控中，常见的风险点包括？"},
       {"options", {"行政审批", "资金管理", "项目招投标", "干部选拔任用"}},
       {"answer", "ABCD"},
       {"explanation", "四项均为常见廉政风险点。"}},
      {{"kind", "judge"},
       {"stem", "工作日午间可以少量饮酒，只要不影响下午工作。"},
       {"answer", "错误"},
       {"explanation", "工作日午间一律禁酒。"}},
  });
}

json bank_b() {
  return json::array({
      {{"kind", "single"}, {"stem", "纪委监委对党员领导干部的谈话提醒属于？"}, {"options", {"第一种形态", "第二种形态"}}, {"answer", "A"}},
      {{"kind", "single"}, {"stem", "违规收受购物卡属于？"}, {"options", {"违反廉洁纪律", "违反生活纪律"}}, {"answer", "A"}},
      {{"kind", "multiple"}, {"stem", "“三会一课”包括？"}, {"options", {"支部党员大会", "支部委员会", "党小组会", "党课"}}, {"answer", "ABCD"}},
      {{"kind", "judge"}, {"stem", "节假日期间可以公车私用。"}, {"answer", false}},
  });
}

class TrainingHttpTest : public testing::ServedDatabaseTest {
 protected:
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    people_["处长"] = orgtest::add_person(conn, b_, "3001", "规划处长", b_.planning, b_.branch1);
    people_["主任"] = orgtest::add_person(conn, b_, "3002", "办公室主任", b_.office, b_.branch2);
    people_["甲"] = orgtest::add_person(conn, b_, "3004", "职工甲", b_.planning, b_.branch1);
    people_["乙"] = orgtest::add_person(conn, b_, "3005", "职工乙", b_.planning1, b_.branch1);
    people_["丙"] = orgtest::add_person(conn, b_, "3006", "职工丙", b_.office, b_.branch2);
    people_["丁"] = orgtest::add_person(conn, b_, "3007", "科员丁", b_.planning1);
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      testing::add_test_account(conn, user, {g}, person, "显示" + user);
    };
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("renshi", std::nullopt, {Role::kOrgHr, ScopeKind::kUnit, {}});
    account("chuzhang", people_["处长"], {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("zhigong", people_["甲"], {Role::kStaff, ScopeKind::kSelf, {}});
    account("zhigong2", people_["丙"], {Role::kStaff, ScopeKind::kSelf, {}});
    account("sysadmin", std::nullopt, {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", std::nullopt, {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", std::nullopt, {Role::kAuditor, ScopeKind::kUnit, {}});
  }
  testing::HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  static std::string path(const std::string& tail) { return "/api/v1/education/training" + tail; }
  static std::string course_path(int64_t id, const std::string& tail = "") {
    return path("/courses/" + std::to_string(id) + tail);
  }
  json create(json body) {
    auto r = as("shuji").post_json(path("/courses"), body);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  }
  void fill(int64_t course, const json& questions) {
    auto r = as("shuji").post_json(course_path(course, "/questions"), {{"questions", questions}});
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["data"]["added"], questions.size());
  }
  // question id → {kind, answer, options}
  std::map<int64_t, json> answers_of(int64_t course) {
    auto r = as("shuji").get(course_path(course, "/questions"));
    EXPECT_EQ(r.status, 200) << r.body;
    std::map<int64_t, json> out;
    const json body = r.json();
    for (const auto& q : body["data"]) out[q["id"].get<int64_t>()] = q;
    return out;
  }
  static std::string wrong(const json& q, bool superset) {
    const std::string a = q["answer"];
    if (q["kind"] == "multiple") {
      if (superset) {
        for (size_t k = 0; k < q["options"].size(); ++k) {
          const char l = static_cast<char>('A' + k);
          if (a.find(l) == std::string::npos) return education::normal_answer(a + l);
        }
      }
      return a.substr(0, a.size() - 1);  // one letter missing
    }
    return a == "A" ? "B" : "A";
  }
  int64_t stored(const std::string& sql) {
    auto lease = db().acquire();
    auto r = lease->get().query_one(sql);
    EXPECT_TRUE(r.ok()) << sql;
    return r.ok() ? r->i64(0) : -1;
  }
  std::map<std::string, json> pending(const std::string& user) {
    auto r = as(user).get("/api/v1/dashboard");
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    std::map<std::string, json> out;
    const json body = r.json();
    for (const auto& p : body["data"]["pending"])
      if (p["key"].get<std::string>().rfind("education.training", 0) == 0) out[p["key"]] = p;
    return out;
  }
  std::vector<json> todos(const std::string& user) {
    auto r = as(user).get("/api/v1/messages?page_size=200&status=all");
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    std::vector<json> out;
    const json body = r.json();
    for (const auto& m : body["data"])
      if (m["source"] == "education.training") out.push_back(m);
    return out;
  }
  std::optional<int64_t> figure(const std::string& user, int year) {
    auto r = as(user).get("/api/v1/annual/figures?year=" + std::to_string(year));
    EXPECT_EQ(r.status, 200) << r.body;
    const json body = r.json();
    for (const auto& f : body["data"]["figures"])
      if (f["code"] == "education.training_completed") {
        if (f["value"].is_null()) return std::nullopt;
        return f["value"].get<int64_t>();
      }
    ADD_FAILURE() << "no figure education.training_completed: " << r.body;
    return std::nullopt;
  }
  int year() const { return Date::from_unix_ms(SystemClock().now_ms()).year(); }

  orgtest::Bureau b_;
  std::map<std::string, int64_t> people_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(TrainingHttpTest, TheServerDrawsRecordsAndScoresAndNeverSendsAnswersBeforeSubmission) {
  EXPECT_EQ(figure("dangwei", year()), 0);  // computed from the records now, not "no data"
  json course = create({{"kind", "new_staff"},
                        {"title", "新入职人员廉政培训"},
                        {"materials", "一、中央八项规定精神……"},
                        {"question_count", 5},
                        {"pass_mark", 80},
                        {"retakes", 1},
                        {"audience", {{"person_ids", json::array({people_["甲"]})}}}});
  const int64_t id = course["id"];
  EXPECT_EQ(course["assigned"], 1);
  fill(id, bank_a());
  const auto key = answers_of(id);
  ASSERT_EQ(key.size(), 8u);

  // 我的培训 lists it with two attempts left; the home page says 待完成培训 1 项.
  auto mine = as("zhigong").get(path("/courses?mine=true"));
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_EQ(mine.json()["meta"]["total"], 1);
  EXPECT_EQ(mine.json()["data"][0]["my_attempts_left"], 2);
  EXPECT_EQ(pending("zhigong")["education.training_pending"]["count"], 1);
  ASSERT_EQ(todos("zhigong").size(), 1u);
  EXPECT_EQ(todos("zhigong")[0]["link"], "/education/training/courses/" + std::to_string(id));

  // Start: five questions, no answers, no explanations anywhere in the response.
  auto started = as("zhigong").post_json(course_path(id, "/attempts"));
  ASSERT_EQ(started.status, 200) << started.body;
  const json attempt = started.json()["data"];
  ASSERT_EQ(attempt["questions"].size(), 5u);
  for (const auto& q : attempt["questions"]) {
    EXPECT_FALSE(q.contains("answer")) << q;
    EXPECT_FALSE(q.contains("explanation")) << q;
    EXPECT_FALSE(q.contains("right")) << q;
  }
  EXPECT_EQ(started.body.find("\"answer\""), std::string::npos);
  for (const auto& [qid, q] : key) EXPECT_EQ(started.body.find(q["explanation"].get<std::string>()), std::string::npos);
  const int64_t attempt_id = attempt["id"];
  auto again = as("zhigong").get(path("/attempts/" + std::to_string(attempt_id)));
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(again.body.find("\"answer\""), std::string::npos);
  // Starting again resumes the open attempt (no second draw to fish for easier questions).
  auto resumed = as("zhigong").post_json(course_path(id, "/attempts"));
  ASSERT_EQ(resumed.status, 200) << resumed.body;
  EXPECT_EQ(resumed.json()["data"]["id"], attempt_id);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM training_attempts"), 1);

  // The draw is recorded and reproducible from the attempt's seed and bank.
  std::vector<int64_t> shown;
  for (const auto& q : attempt["questions"]) shown.push_back(q["id"]);
  {
    auto lease = db().acquire();
    auto row = lease->get().query_one("SELECT seed, bank_max_id, question_ids FROM training_attempts WHERE id = ?",
                                      {attempt_id});
    ASSERT_TRUE(row.ok());
    auto bank_rows = lease->get().query("SELECT id FROM training_questions WHERE course_id = ? AND id <= ?",
                                        {id, row->i64("bank_max_id")});
    ASSERT_TRUE(bank_rows.ok());
    std::vector<int64_t> bank;
    for (const auto& r : *bank_rows) bank.push_back(r.i64("id"));
    const auto redrawn = education::draw_questions(static_cast<uint64_t>(row->i64("seed")), bank, 5);
    EXPECT_EQ(redrawn, shown);
    std::string ids;
    for (int64_t q : shown) ids += (ids.empty() ? "" : ",") + std::to_string(q);
    EXPECT_EQ(row->text("question_ids"), ids);
  }
  // Another seed draws otherwise (the draw is not a fixed selection).
  std::vector<int64_t> all_ids;
  for (const auto& [qid, q] : key) all_ids.push_back(qid);
  std::set<std::vector<int64_t>> draws;
  for (uint64_t s = 1; s <= 20; ++s) draws.insert(education::draw_questions(s, all_ids, 5));
  EXPECT_GT(draws.size(), 10u);

  // First attempt: every multiple-choice question with one letter missing or one extra,
  // and one other question wrong — at most 3 of 5 right: failed.
  json answers = json::object();
  int64_t right = 0, multiples = 0;
  bool spoiled = false;
  for (int64_t q : shown) {
    const json& k = key.at(q);
    std::string a = k["answer"];
    if (k["kind"] == "multiple") a = wrong(k, (multiples++ % 2) == 1);
    else if (!spoiled) {
      a = wrong(k, false);
      spoiled = true;
    } else {
      ++right;
    }
    answers[std::to_string(q)] = a;
  }
  ASSERT_GE(multiples, 1);
  auto first = as("zhigong").post_json(path("/attempts/" + std::to_string(attempt_id) + "/submit"), {{"answers", answers}});
  ASSERT_EQ(first.status, 200) << first.body;
  const json result = first.json()["data"];
  EXPECT_EQ(result["correct"], right);
  EXPECT_EQ(result["score"], education::score_of(right, 5));
  EXPECT_EQ(result["passed"], false);
  EXPECT_EQ(result["certificate_no"], "");
  for (const auto& q : result["questions"]) {
    const json& k = key.at(q["id"].get<int64_t>());
    EXPECT_EQ(q["answer"], k["answer"]);  // answers and explanations come with the result
    EXPECT_EQ(q["explanation"], k["explanation"]);
    if (k["kind"] == "multiple") EXPECT_FALSE(q["right"].get<bool>()) << q;
  }
  // Submitting twice is refused.
  auto twice = as("zhigong").post_json(path("/attempts/" + std::to_string(attempt_id) + "/submit"), {{"answers", answers}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.json()["error"]["code"], "training.submitted");
  EXPECT_EQ(pending("zhigong")["education.training_pending"]["count"], 1);  // a retake is left

  // The retake: all right — passed with a certificate number.
  auto second = as("zhigong").post_json(course_path(id, "/attempts"));
  ASSERT_EQ(second.status, 200) << second.body;
  const json retake = second.json()["data"];
  EXPECT_EQ(retake["attempt_no"], 2);
  json all_right = json::object();
  for (const auto& q : retake["questions"]) {
    // Letters in any order and case are the same choice.
    std::string a = key.at(q["id"].get<int64_t>())["answer"];
    std::reverse(a.begin(), a.end());
    for (auto& ch : a) ch = static_cast<char>(ch - 'A' + 'a');
    all_right[std::to_string(q["id"].get<int64_t>())] = a;
  }
  auto passed = as("zhigong").post_json(path("/attempts/" + std::to_string(retake["id"].get<int64_t>()) + "/submit"),
                                        {{"answers", all_right}});
  ASSERT_EQ(passed.status, 200) << passed.body;
  EXPECT_EQ(passed.json()["data"]["score"], 100);
  EXPECT_EQ(passed.json()["data"]["passed"], true);
  const std::string cert_no = passed.json()["data"]["certificate_no"];
  EXPECT_EQ(cert_no, "廉培证〔" + std::to_string(year()) + "〕第0001号");
  auto again_start = as("zhigong").post_json(course_path(id, "/attempts"));
  EXPECT_EQ(again_start.status, 409);
  EXPECT_EQ(again_start.json()["error"]["code"], "training.already_passed");
  EXPECT_TRUE(pending("zhigong").empty());
  EXPECT_TRUE(todos("zhigong").empty() || !todos("zhigong")[0]["resolved_at"].is_null());

  // The certificate: its own person and the committee; anyone else as absent.
  auto mine2 = as("zhigong").get(course_path(id));
  const int64_t assignment = mine2.json()["data"]["my_assignment_id"];
  EXPECT_EQ(mine2.json()["data"]["my_certificate_no"], cert_no);
  auto cert = as("zhigong").get(path("/certificates/" + std::to_string(assignment)));
  ASSERT_EQ(cert.status, 200) << cert.body;
  EXPECT_EQ(cert.json()["data"]["number"], cert_no);
  EXPECT_EQ(cert.json()["data"]["person_name"], "职工甲");
  EXPECT_EQ(cert.json()["data"]["unit_name"], "测试市自然资源局");
  EXPECT_EQ(as("shuji").get(path("/certificates/" + std::to_string(assignment))).status, 200);
  auto other = as("zhigong2").get(path("/certificates/" + std::to_string(assignment)));
  auto absent = as("zhigong2").get(path("/certificates/999999"));
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(other.body, absent.body);
  auto other_attempt = as("zhigong2").get(path("/attempts/" + std::to_string(attempt_id)));
  auto absent_attempt = as("zhigong2").get(path("/attempts/999999"));
  EXPECT_EQ(other_attempt.status, 404);
  EXPECT_EQ(other_attempt.body, absent_attempt.body);
  // A course not assigned answers like an absent one.
  auto other_course = as("zhigong2").get(course_path(id));
  auto absent_course = as("zhigong2").get(course_path(999999));
  EXPECT_EQ(other_course.status, 404);
  EXPECT_EQ(other_course.body, absent_course.body);
  EXPECT_EQ(as("zhigong2").post_json(course_path(id, "/attempts")).body,
            as("zhigong2").post_json(course_path(999999, "/attempts")).body);
  EXPECT_EQ(figure("dangwei", year()), 1);
  EXPECT_EQ(audit_count("education.training.attempt.submit"), 2);
}

TEST_P(TrainingHttpTest, PassMarkRetakeLimitCompletionPerDepartmentAndTheAnnualFigure) {
  json course = create({{"kind", "young_cadre"},
                        {"title", "年轻干部廉洁从政培训"},
                        {"question_count", 4},
                        {"pass_mark", 75},
                        {"retakes", 0},
                        {"audience", {{"department_ids", json::array({b_.planning, b_.office})}}}});
  const int64_t id = course["id"];
  EXPECT_EQ(course["assigned"], 6);
  // Too small a bank: no quiz yet.
  fill(id, json::array({bank_b()[0], bank_b()[1]}));
  auto small = as("zhigong").post_json(course_path(id, "/attempts"));
  EXPECT_EQ(small.status, 409);
  EXPECT_EQ(small.json()["error"]["code"], "training.bank_too_small");
  fill(id, json::array({bank_b()[2], bank_b()[3]}));
  const auto key = answers_of(id);
  ASSERT_EQ(key.size(), 4u);
  EXPECT_EQ(key.rbegin()->second["answer"], "B");  // a true/false answer given as false is 错误 (B)

  auto take = [&](const std::string& user, int right) {
    auto s = as(user).post_json(course_path(id, "/attempts"));
    EXPECT_EQ(s.status, 200) << s.body;
    const json started = s.json();
    json answers = json::object();
    int n = 0;
    for (const auto& q : started["data"]["questions"]) {
      const json& k = key.at(q["id"].get<int64_t>());
      answers[std::to_string(q["id"].get<int64_t>())] = n++ < right ? k["answer"].get<std::string>() : wrong(k, false);
    }
    auto r = as(user).post_json(path("/attempts/" + std::to_string(s.json()["data"]["id"].get<int64_t>()) + "/submit"),
                                {{"answers", answers}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  };
  // 3 of 4 = 75 = the pass mark: passed. 2 of 4 = 50: failed, and no retake is allowed.
  json pass = take("zhigong", 3);
  EXPECT_EQ(pass["score"], 75);
  EXPECT_EQ(pass["passed"], true);
  json fail = take("zhigong2", 2);
  EXPECT_EQ(fail["score"], 50);
  EXPECT_EQ(fail["passed"], false);
  auto none = as("zhigong2").post_json(course_path(id, "/attempts"));
  EXPECT_EQ(none.status, 409) << none.body;
  EXPECT_EQ(none.json()["error"]["code"], "training.no_attempts_left");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM training_attempts"), 2);
  EXPECT_TRUE(pending("zhigong2").empty());  // nothing left to do
  json full = take("chuzhang", 4);
  EXPECT_EQ(full["score"], 100);

  // Completion per department (the department at assignment).
  auto rows = [&](const std::string& user) {
    auto r = as(user).get(course_path(id, "/completion"));
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    std::map<std::string, json> out;
    const json body = r.json();
    for (const auto& row : body["data"]) out[row["department_name"]] = row;
    return out;
  };
  auto all = rows("shuji");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all["规划处"]["assigned"], 2);
  EXPECT_EQ(all["规划处"]["passed"], 2);
  EXPECT_EQ(all["规划处"]["rate"], "100.0%");
  EXPECT_EQ(all["办公室"]["passed"], 0);
  EXPECT_EQ(all["办公室"]["failed"], 1);
  EXPECT_EQ(all["办公室"]["not_started"], 1);
  EXPECT_EQ(all["规划一科"]["not_started"], 2);
  // The planning head sees his department and its section only.
  auto head = rows("chuzhang");
  EXPECT_EQ(head.size(), 2u);
  EXPECT_FALSE(head.count("办公室"));
  auto trainees = as("chuzhang").get(course_path(id, "/trainees"));
  ASSERT_EQ(trainees.status, 200);
  EXPECT_EQ(trainees.json()["data"].size(), 4u);

  // The XLSX in the ledger layout.
  auto x = as("shuji").get(course_path(id, "/completion/export"));
  ASSERT_EQ(x.status, 200) << x.body;
  auto sheet = spreadsheet::read_xlsx_rows(x.body, "培训完成情况.xlsx");
  ASSERT_TRUE(sheet.ok()) << sheet.error().to_string();
  ASSERT_EQ(sheet->size(), 7u);  // title, subtitle, header, 3 departments, 合计
  EXPECT_NE((*sheet)[0].cells[0].find("测试市自然资源局廉政培训完成情况统计表"), std::string::npos) << (*sheet)[0].cells[0];
  EXPECT_NE((*sheet)[1].cells[0].find("年轻干部廉洁从政培训"), std::string::npos) << (*sheet)[1].cells[0];
  EXPECT_EQ((*sheet)[2].cells[0], "序号");
  EXPECT_EQ((*sheet)[3].cells[0], "1");
  const auto& total = (*sheet)[6].cells;
  EXPECT_EQ(total[0], "");  // no number
  EXPECT_EQ(total[1], "合计（3 个部门）");
  EXPECT_EQ(total[2], "6");
  EXPECT_EQ(total[3], "2");  // 甲 and the head
  EXPECT_EQ(total[4], "1");  // 丙
  EXPECT_EQ(total[5], "3");
  EXPECT_EQ(total[6], "33.3%");

  // The annual figure: people who passed in the year (甲 and the head).
  EXPECT_EQ(figure("dangwei", year()), 2);
  EXPECT_EQ(figure("dangwei", year() - 1), 0);
  auto drill = as("shuji").get("/api/v1/annual/figures/education.training_completed/records?year=" +
                               std::to_string(year()));
  ASSERT_EQ(drill.status, 200) << drill.body;  // training.manage may see the records
  EXPECT_NE(drill.body.find("职工甲"), std::string::npos) << drill.body;
  EXPECT_EQ(as("dangwei").get("/api/v1/annual/figures/education.training_completed/records?year=" +
                              std::to_string(year())).status == 200 &&
                as("dangwei").get("/api/v1/annual/figures/education.training_completed/records?year=" +
                                  std::to_string(year())).body.find("职工甲") != std::string::npos,
            false);  // no drill-down without training.manage
}

TEST_P(TrainingHttpTest, ANewHireGetsTheNewStaffCourseAutomatically) {
  json course = create({{"kind", "new_staff"},
                        {"title", "新入职人员廉政培训"},
                        {"question_count", 2},
                        {"pass_mark", 60},
                        {"retakes", 2},
                        {"auto_new_staff", true}});
  const int64_t id = course["id"];
  EXPECT_EQ(course["assigned"], 0);  // the people already there are not new hires
  fill(id, bank_b());
  auto hire = as("renshi").post_json("/api/v1/org/people", {{"employee_no", "3999"},
                                                            {"name", "新同事"},
                                                            {"gender", "female"},
                                                            {"department_id", b_.planning1},
                                                            {"party_status", "masses"},
                                                            {"rank", "none"}});
  ASSERT_EQ(hire.status, 200) << hire.body;
  const int64_t person = hire.json()["data"]["id"];
  // The first home-page read assigns the course to the new hire, and only to them.
  pending("zhigong");
  auto r = as("shuji").get(course_path(id, "/trainees"));
  ASSERT_EQ(r.status, 200);
  const json trainees = r.json()["data"];
  ASSERT_EQ(trainees.size(), 1u) << trainees;
  EXPECT_EQ(trainees[0]["person_id"], person);
  EXPECT_EQ(trainees[0]["source"], "new_staff");
  EXPECT_EQ(trainees[0]["department_name"], "规划一科");
  // Their account sees it at once: home page, 我的培训, the message centre's to-do.
  {
    auto lease = db().acquire();
    testing::add_test_account(lease->get(), "xinren", {{auth::Role::kStaff, auth::ScopeKind::kSelf, {}}}, person);
  }
  EXPECT_EQ(pending("xinren")["education.training_pending"]["count"], 1);
  auto mine = as("xinren").get(path("/courses?status=pending"));
  ASSERT_EQ(mine.status, 200);
  EXPECT_EQ(mine.json()["meta"]["total"], 1);
  auto t = todos("xinren");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_NE(t[0]["title_zh"].get<std::string>().find("新入职人员廉政培训"), std::string::npos);
  // Sweeping again adds nobody.
  pending("zhigong");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM training_assignments"), 1);
}

TEST_P(TrainingHttpTest, BadInputNamesTheFieldAndStoresNothing) {
  auto refused = [&](const std::string& target, const json& body, const std::string& field) {
    auto r = as("shuji").post_json(target, body);
    EXPECT_EQ(r.status, 400) << field << ": " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
    EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  };
  const json good{{"kind", "new_staff"}, {"title", "课程"}, {"question_count", 5}, {"pass_mark", 80}, {"retakes", 1}};
  auto with = [&](const std::string& k, const json& v) {
    json b = good;
    if (v.is_null()) b.erase(k);
    else b[k] = v;
    return b;
  };
  refused(path("/courses"), with("kind", "exam"), "kind");
  refused(path("/courses"), with("title", " "), "title");
  refused(path("/courses"), with("question_count", 0), "question_count");
  refused(path("/courses"), with("question_count", "五"), "question_count");
  refused(path("/courses"), with("pass_mark", 101), "pass_mark");
  refused(path("/courses"), with("retakes", nullptr), "retakes");
  refused(path("/courses"), with("retakes", 11), "retakes");
  refused(path("/courses"), with("audience", {{"department_ids", json::array({b_.office, 999999})}}),
          "audience.department_ids[1]");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM training_courses"), 0);

  const int64_t id = create(good)["id"];
  json qs = bank_b();
  qs[1]["answer"] = "AB";  // a single-choice question with two answers
  refused(course_path(id, "/questions"), {{"questions", qs}}, "questions[1].answer");
  qs = bank_b();
  qs[2]["answer"] = "C";  // a multiple-choice question with one answer
  refused(course_path(id, "/questions"), {{"questions", qs}}, "questions[2].answer");
  qs = bank_b();
  qs[0]["options"] = json::array({"只有一项"});
  refused(course_path(id, "/questions"), {{"questions", qs}}, "questions[0].options");
  qs = bank_b();
  qs[0]["answer"] = "E";
  refused(course_path(id, "/questions"), {{"questions", qs}}, "questions[0].answer");
  qs = bank_b();
  qs[3]["kind"] = "essay";
  refused(course_path(id, "/questions"), {{"questions", qs}}, "questions[3].kind");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM training_questions"), 0);  // all or none

  // Answers that are not of the attempt, or two letters to a single choice.
  auto small = create({{"kind", "general"}, {"title", "小测"}, {"question_count", 2}, {"pass_mark", 50}, {"retakes", 0},
                       {"audience", {{"person_ids", json::array({people_["甲"]})}}}});
  fill(small["id"], json::array({bank_b()[0], bank_b()[1]}));
  auto s = as("zhigong").post_json(course_path(small["id"], "/attempts"));
  ASSERT_EQ(s.status, 200) << s.body;
  const std::string submit = path("/attempts/" + std::to_string(s.json()["data"]["id"].get<int64_t>()) + "/submit");
  const std::string q0 = std::to_string(s.json()["data"]["questions"][0]["id"].get<int64_t>());
  auto r = as("zhigong").post_json(submit, {{"answers", {{"999999", "A"}}}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "answers.999999");
  r = as("zhigong").post_json(submit, {{"answers", {{q0, "AB"}}}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "answers." + q0);
  r = as("zhigong").post_json(submit, {{"answers", "A"}});
  EXPECT_EQ(r.json()["error"]["field"], "answers");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM training_attempts WHERE submitted_at IS NOT NULL"), 0);
}

TEST_P(TrainingHttpTest, TheAdministratorsGetNothing) {
  json course = create({{"kind", "new_staff"}, {"title", "新入职人员廉政培训"}, {"question_count", 1}, {"pass_mark", 60},
                        {"retakes", 0}, {"audience", {{"everyone", true}}}});
  const int64_t id = course["id"];
  for (const char* admin : {"sysadmin", "secadmin", "auditor"}) {
    for (const std::string& p :
         {path("/courses"), course_path(id), course_path(id, "/questions"), course_path(id, "/completion"),
          course_path(id, "/completion/export"), course_path(id, "/trainees"), path("/attempts/1"),
          path("/certificates/1")})
      EXPECT_EQ(as(admin).get(p).status, 403) << admin << " " << p;
    EXPECT_EQ(as(admin).post_json(path("/courses"), {{"title", "x"}}).status, 403) << admin;
    EXPECT_EQ(as(admin).post_json(course_path(id, "/attempts")).status, 403) << admin;
    EXPECT_EQ(as(admin).post_json(path("/attempts/1/submit"), {{"answers", json::object()}}).status, 403) << admin;
    EXPECT_TRUE(pending(admin).empty()) << admin;
  }
  // Staff do not see the bank (with its answers) nor the completion.
  EXPECT_EQ(as("zhigong").get(course_path(id, "/questions")).status, 403);
  EXPECT_EQ(as("zhigong").get(course_path(id, "/completion")).status, 403);
  EXPECT_EQ(as("chuzhang").get(course_path(id, "/questions")).status, 403);
}

TEST_P(TrainingHttpTest, TheBankImportsFromTheTemplateAllOrNoneNamingTheRow) {
  const int64_t id = create({{"kind", "general"}, {"title", "题库导入"}, {"question_count", 2}, {"pass_mark", 60},
                             {"retakes", 0}})["id"];
  // The template is the import's own layout: headers and three example rows.
  auto tmpl = as("shuji").get(path("/questions/template"));
  ASSERT_EQ(tmpl.status, 200) << tmpl.body;
  auto trows = spreadsheet::read_xlsx_rows(tmpl.body, "题库导入模板.xlsx");
  ASSERT_TRUE(trows.ok());
  EXPECT_EQ((*trows)[0].cells, education::question_import_headers());
  auto imported = as("shuji").request("POST", course_path(id, "/questions/import?filename=t.xlsx"), tmpl.body,
                                      {{"Content-Type", "application/octet-stream"}});
  ASSERT_EQ(imported.status, 200) << imported.body;
  EXPECT_EQ(imported.json()["data"]["added"], 3);
  auto bank = answers_of(id);
  ASSERT_EQ(bank.size(), 3u);
  EXPECT_EQ(bank.begin()->second["answer"], "B");
  EXPECT_EQ(std::next(bank.begin())->second["answer"], "ABD");
  EXPECT_EQ(bank.rbegin()->second["answer"], "B");  // 判断题 错误
  EXPECT_EQ(bank.rbegin()->second["options"], json::array({"正确", "错误"}));

  // A file with a bad fourth row: refused naming the file and row, nothing imported.
  spreadsheet::XlsxSheet sheet;
  for (const auto& h : education::question_import_headers()) sheet.columns.push_back({h});
  auto row = [](std::vector<std::string> cells) {
    std::vector<spreadsheet::XlsxCell> r;
    for (auto& c : cells) r.emplace_back(std::move(c));
    while (r.size() < 12) r.emplace_back(std::string());
    return r;
  };
  sheet.rows.push_back(row({"单选题", "题一", "甲", "乙", "", "", "", "", "", "", "A", ""}));
  sheet.rows.push_back(row({"判断题", "题二", "", "", "", "", "", "", "", "", "正确", ""}));
  sheet.rows.push_back(row({"多选题", "题三", "甲", "乙", "丙", "", "", "", "", "", "B", ""}));  // one answer
  auto bytes = spreadsheet::write_xlsx({sheet});
  ASSERT_TRUE(bytes.ok());
  auto bad = as("shuji").request("POST", course_path(id, "/questions/import?filename=bad.xlsx"), *bytes,
                                 {{"Content-Type", "application/octet-stream"}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "bad.xlsx:4.answer") << bad.body;
  EXPECT_NE(bad.json()["error"]["message_zh"].get<std::string>().find("bad.xlsx 第 4 行"), std::string::npos) << bad.body;
  sheet.rows[2] = row({"问答题", "题三", "", "", "", "", "", "", "", "", "", ""});
  bytes = spreadsheet::write_xlsx({sheet});
  bad = as("shuji").request("POST", course_path(id, "/questions/import?filename=bad.xlsx"), *bytes,
                            {{"Content-Type", "application/octet-stream"}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "bad.xlsx:4.kind") << bad.body;
  auto junk = as("shuji").request("POST", course_path(id, "/questions/import?filename=x.xlsx"), "not a workbook",
                                  {{"Content-Type", "application/octet-stream"}});
  EXPECT_EQ(junk.status, 400);
  EXPECT_EQ(junk.json()["error"]["field"], "file");
  EXPECT_EQ(answers_of(id).size(), 3u);  // nothing more
  EXPECT_EQ(as("zhigong").get(path("/questions/template")).status, 403);
  EXPECT_EQ(as("auditor").get(path("/questions/template")).status, 403);
}

INSTANTIATE_TEST_SUITE_P(Both, TrainingHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf

// The regulation library through a real `qingfeng serve` (both databases): versions
// (a new one supersedes, history kept and readable), the states computed from the
// dates against the business day, search over title, 文号 and full text with LIKE
// wildcards taken literally, read acknowledgements per department with the XLSX
// export, the home page and message-centre to-do, what each role may do (staff read and
// acknowledge; the committee writes; department heads see their own department; the
// three administrators nothing), and bad input naming the field with nothing stored.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "core/calendar.h"
#include "core/clock.h"
#include "domain/regulations/completion_export.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;

class RegulationsHttpTest : public testing::ServedDatabaseTest {
 protected:
  void SetUp() override {
    today_ = Date::from_unix_ms(SystemClock().now_ms());
    ServedDatabaseTest::SetUp();
  }
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    const int64_t head = orgtest::add_person(conn, b_, "3001", "规划处长", b_.planning, b_.branch1);
    const int64_t office_head = orgtest::add_person(conn, b_, "3002", "办公室主任", b_.office, b_.branch2);
    const int64_t clerk = orgtest::add_person(conn, b_, "3004", "职工甲", b_.planning, b_.branch1);
    orgtest::add_person(conn, b_, "3005", "职工乙", b_.planning1, b_.branch1);
    const int64_t office_clerk = orgtest::add_person(conn, b_, "3006", "职工丙", b_.office, b_.branch2);
    orgtest::add_person(conn, b_, "3007", "科员丁", b_.planning1);
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      testing::add_test_account(conn, user, {g}, person, "显示" + user);
    };
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("chuzhang", head, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("bgszr", office_head, {Role::kDeptHead, ScopeKind::kDepartment, b_.office});
    account("zhigong", clerk, {Role::kStaff, ScopeKind::kSelf, {}});
    account("zhigong2", office_clerk, {Role::kStaff, ScopeKind::kSelf, {}});
    account("sysadmin", std::nullopt, {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", std::nullopt, {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", std::nullopt, {Role::kAuditor, ScopeKind::kUnit, {}});
  }
  testing::HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  std::string day(int n) { return today_.add_days(n).to_string(); }
  json base(const std::string& title, int effective_days) {
    return json{{"category", "reception"},      {"title", title},
                {"doc_number", "自然资党〔2026〕3号"}, {"issuing_body", "局党委"},
                {"effective_on", day(effective_days)}, {"full_text", "第一条 " + title + "的正文。"}};
  }
  json create(json body) {
    auto r = as("shuji").post_json("/api/v1/regulations", body);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  }
  std::string path(int64_t id, const std::string& tail = "") {
    return "/api/v1/regulations/" + std::to_string(id) + tail;
  }
  json get(const std::string& user, const std::string& p) {
    auto r = as(user).get(p);
    EXPECT_EQ(r.status, 200) << user << " " << p << ": " << r.body;
    return r.json()["data"];
  }
  std::vector<std::string> titles(const std::string& user, const std::string& query) {
    auto r = as(user).get("/api/v1/regulations?page_size=100&" + query);
    EXPECT_EQ(r.status, 200) << query << ": " << r.body;
    std::vector<std::string> out;
    const json body = r.json();
    for (const auto& g : body["data"]) out.push_back(g["title"]);
    std::sort(out.begin(), out.end());
    return out;
  }
  int64_t stored(const std::string& sql) {
    auto lease = db().acquire();
    auto r = lease->get().query_one(sql);
    EXPECT_TRUE(r.ok()) << sql;
    return r.ok() ? r->i64(0) : -1;
  }
  std::map<std::string, json> completion(const std::string& user, int64_t id) {
    std::map<std::string, json> out;
    const json rows = get(user, path(id, "/completion"));
    for (const auto& row : rows) out[row["department_name"]] = row;
    return out;
  }

  orgtest::Bureau b_;
  Date today_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(RegulationsHttpTest, ANewVersionSupersedesTheOldWhichStaysReadable) {
  json g = create(base("公务接待管理办法", -100));
  const int64_t id = g["id"];
  EXPECT_EQ(g["status"], "in_force");
  EXPECT_EQ(g["status_label_zh"], "现行有效");
  EXPECT_EQ(g["versions"], 1);
  EXPECT_EQ(g["current_version_no"], 1);
  EXPECT_EQ(g["category_label_zh"], "公务接待");

  // Version 2 takes effect in ten days: version 1 stays in force until then.
  json v2 = base("公务接待管理办法（修订）", 10);
  v2["doc_number"] = "自然资党〔2026〕9号";
  v2["full_text"] = "第一条 工作餐一律不提供酒水。";
  v2["change_note"] = "不提供酒水";
  auto r2 = as("shuji").post_json(path(id, "/versions"), v2);
  ASSERT_EQ(r2.status, 200) << r2.body;
  json after = get("zhigong", path(id));
  EXPECT_EQ(after["versions"], 2);
  EXPECT_EQ(after["title"], "公务接待管理办法（修订）");
  EXPECT_EQ(after["doc_number"], "自然资党〔2026〕9号");
  EXPECT_EQ(after["full_text"], "第一条 工作餐一律不提供酒水。");
  EXPECT_EQ(after["status"], "in_force");
  EXPECT_EQ(after["current_version_no"], 1);
  ASSERT_EQ(after["history"].size(), 2u);
  EXPECT_EQ(after["history"][0]["version_no"], 2);
  EXPECT_EQ(after["history"][0]["status"], "not_yet");
  EXPECT_EQ(after["history"][1]["status"], "in_force");
  // Version 1's text is still there.
  json v1 = get("zhigong", path(id, "/versions/1"));
  EXPECT_EQ(v1["full_text"], "第一条 公务接待管理办法的正文。");
  EXPECT_EQ(v1["doc_number"], "自然资党〔2026〕3号");
  auto no_v3 = as("zhigong").get(path(id, "/versions/3"));
  EXPECT_EQ(no_v3.status, 404);
  EXPECT_EQ(no_v3.json()["error"]["code"], "regulation.version_not_found");

  // A third version may not take effect before the second; a version needs its note.
  json v3 = base("公务接待管理办法", 5);
  v3["change_note"] = "x";
  auto early = as("shuji").post_json(path(id, "/versions"), v3);
  ASSERT_EQ(early.status, 400) << early.body;
  EXPECT_EQ(early.json()["error"]["field"], "effective_on");
  v3["effective_on"] = day(20);
  v3.erase("change_note");
  auto no_note = as("shuji").post_json(path(id, "/versions"), v3);
  ASSERT_EQ(no_note.status, 400) << no_note.body;
  EXPECT_EQ(no_note.json()["error"]["field"], "change_note");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM regulation_versions"), 2);

  // A third version taking effect the same day as the second is accepted.
  json v3ok = base("公务接待管理办法（第三版）", 10);
  v3ok["change_note"] = "同日施行";
  ASSERT_EQ(as("shuji").post_json(path(id, "/versions"), v3ok).status, 200);
  json three = get("zhigong", path(id));
  EXPECT_EQ(three["history"][0]["status"], "not_yet");
  EXPECT_EQ(three["history"][2]["status"], "in_force");

  // A version in force supersedes the one before: 已被修订, still readable.
  const int64_t other = create(base("会议费管理办法", -100))["id"];
  json m2 = base("会议费管理办法", -50);
  m2["change_note"] = "调整标准";
  ASSERT_EQ(as("shuji").post_json(path(other, "/versions"), m2).status, 200);
  json meetings = get("zhigong", path(other));
  EXPECT_EQ(meetings["current_version_no"], 2);
  EXPECT_EQ(meetings["history"][0]["status"], "in_force");
  EXPECT_EQ(meetings["history"][1]["status"], "superseded");
  EXPECT_EQ(get("zhigong", path(other, "/versions/1"))["status_label_zh"], "已被修订");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM audit_log WHERE action = 'regulation.revise' AND success = 1"), 3);
}

TEST_P(RegulationsHttpTest, TheStateFollowsTheDatesOfTheBusinessDay) {
  const int64_t now_in_force = create(base("现行制度", 0))["id"];  // effective today
  const int64_t future = create(base("尚未施行的制度", 1))["id"];
  json old = base("将废止的制度", -30);
  old["repealed_on"] = day(1);  // repealed tomorrow: still in force today
  const int64_t tomorrow = create(old)["id"];
  EXPECT_EQ(get("zhigong", path(now_in_force))["status"], "in_force");
  EXPECT_EQ(get("zhigong", path(future))["status"], "not_yet");
  EXPECT_EQ(get("zhigong", path(future))["current_version_no"], nullptr);
  EXPECT_EQ(get("zhigong", path(tomorrow))["status"], "in_force");

  // Repealed today: 已废止 from today on; no new version then.
  auto rep = as("shuji").post_json(path(now_in_force, "/repeal"), {{"repealed_on", day(0)}, {"reason", "已被取代"}});
  EXPECT_EQ(rep.status, 400) << rep.body;  // not after its effective date
  EXPECT_EQ(rep.json()["error"]["field"], "repealed_on");
  const int64_t older = create(base("旧制度", -10))["id"];
  auto no_reason = as("shuji").post_json(path(older, "/repeal"), {{"repealed_on", day(0)}});
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  auto ok = as("shuji").post_json(path(older, "/repeal"), {{"repealed_on", day(0)}, {"reason", "已被取代"}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["data"]["status"], "repealed");
  EXPECT_EQ(ok.json()["data"]["history"][0]["status"], "repealed");
  auto again = as("shuji").post_json(path(older, "/repeal"), {{"repealed_on", day(1)}, {"reason", "x"}});
  EXPECT_EQ(again.status, 409);
  json v = base("旧制度修订", 0);
  v["change_note"] = "修订";
  auto late = as("shuji").post_json(path(older, "/versions"), v);
  ASSERT_EQ(late.status, 409) << late.body;
  EXPECT_EQ(late.json()["error"]["code"], "regulation.repealed");

  EXPECT_EQ(titles("zhigong", "status=in_force"), (std::vector<std::string>{"将废止的制度", "现行制度"}));
  EXPECT_EQ(titles("zhigong", "status=not_yet"), (std::vector<std::string>{"尚未施行的制度"}));
  EXPECT_EQ(titles("zhigong", "status=repealed"), (std::vector<std::string>{"旧制度"}));
  auto bad = as("zhigong").get("/api/v1/regulations?status=superseded");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "status");
}

TEST_P(RegulationsHttpTest, SearchFindsTitleNumberAndTextAndTakesWildcardsLiterally) {
  json a = base("会议费管理办法", -5);
  a["doc_number"] = "自然资发〔2025〕12号";
  a["full_text"] = "会议费实行定额控制，完成率100%的部门予以通报。";
  create(a);
  json b = base("培训管理办法", -5);
  b["doc_number"] = "ZRZ_2026_7";
  b["full_text"] = "培训不得在风景名胜区举办。Training Budget 专款专用。";
  create(b);
  json c = base("公车管理规定", -5);
  c["category"] = "vehicles";
  c["doc_number"] = "ZRZX2026Y7";
  c["full_text"] = "严禁公车私用。";
  create(c);

  EXPECT_EQ(titles("zhigong", "q=%E5%85%AC%E8%BD%A6"), (std::vector<std::string>{"公车管理规定"}));    // 公车: title
  EXPECT_EQ(titles("zhigong", "q=%E3%80%942025%E3%80%95"), (std::vector<std::string>{"会议费管理办法"}));  // 〔2025〕: 文号
  EXPECT_EQ(titles("zhigong", "q=%E9%A3%8E%E6%99%AF%E5%90%8D%E8%83%9C"),
            (std::vector<std::string>{"培训管理办法"}));  // 风景名胜: text
  EXPECT_EQ(titles("zhigong", "q=budget"), (std::vector<std::string>{"培训管理办法"}));  // ASCII, any case
  // % and _ match themselves only: "100%" is in one text; "_2026_" in one number (ZRZX2026Y7 would match a wildcard).
  EXPECT_EQ(titles("zhigong", "q=%25"), (std::vector<std::string>{"会议费管理办法"}));
  EXPECT_EQ(titles("zhigong", "q=_2026_"), (std::vector<std::string>{"培训管理办法"}));
  EXPECT_TRUE(titles("zhigong", "q=%5C").empty());  // a backslash matches nothing here
  EXPECT_EQ(titles("zhigong", "category=vehicles"), (std::vector<std::string>{"公车管理规定"}));
  EXPECT_EQ(as("zhigong").get("/api/v1/regulations?category=cars").json()["error"]["field"], "category");
}

TEST_P(RegulationsHttpTest, AcknowledgementsAreCountedPerDepartmentAndExported) {
  json body = base("公务接待管理办法", -10);
  body["audience"] = {{"department_ids", json::array({b_.planning})}};
  json g = create(body);
  const int64_t id = g["id"];
  EXPECT_EQ(g["assigned"], 4);  // 规划处 with 规划一科: 处长, 甲, 乙, 丁
  // The clerk has it to read: home page and message centre.
  auto dash = as("zhigong").get("/api/v1/dashboard");
  int64_t pending = 0;
  const json d = dash.json();
  for (const auto& p : d["data"]["pending"])
    if (p["key"] == "regulations.pending") pending = p["count"];
  EXPECT_EQ(pending, 1);
  auto msgs = as("zhigong").get("/api/v1/messages?page_size=200&status=all");
  int todo = 0;
  const json mb = msgs.json();
  for (const auto& m : mb["data"])
    if (m["source"] == "regulations.acknowledge" && m["resolved_at"].is_null()) ++todo;
  EXPECT_EQ(todo, 1);
  EXPECT_EQ(titles("zhigong", "ack=pending"), (std::vector<std::string>{"公务接待管理办法"}));

  auto ack = as("zhigong").post_json(path(id, "/acknowledge"));
  ASSERT_EQ(ack.status, 200) << ack.body;
  const int64_t first = ack.json()["data"]["my_acknowledged_at"];
  EXPECT_GT(first, 0);
  EXPECT_EQ(as("zhigong").post_json(path(id, "/acknowledge")).json()["data"]["my_acknowledged_at"], first);
  EXPECT_TRUE(titles("zhigong", "ack=pending").empty());
  EXPECT_EQ(titles("zhigong", "ack=done"), (std::vector<std::string>{"公务接待管理办法"}));
  // The office clerk is not asked to read it: acknowledging is a conflict.
  auto not_mine = as("zhigong2").post_json(path(id, "/acknowledge"));
  ASSERT_EQ(not_mine.status, 409) << not_mine.body;
  EXPECT_EQ(not_mine.json()["error"]["code"], "regulation.not_assigned");

  auto all = completion("shuji", id);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all["规划处"]["assigned"], 2);
  EXPECT_EQ(all["规划处"]["acknowledged"], 1);
  EXPECT_EQ(all["规划处"]["rate"], "50.0%");
  EXPECT_EQ(all["规划一科"]["acknowledged"], 0);
  // Department heads: their own department (规划处 reaches 规划一科); the office head none.
  EXPECT_EQ(completion("chuzhang", id).size(), 2u);
  EXPECT_TRUE(completion("bgszr", id).empty());
  EXPECT_EQ(get("bgszr", path(id))["assigned"], 0);
  const json people = get("chuzhang", path(id, "/assignees?department_id=" + std::to_string(b_.planning)));
  ASSERT_EQ(people.size(), 2u);

  auto x = as("shuji").get(path(id, "/completion/export"));
  ASSERT_EQ(x.status, 200) << x.body;
  auto rows = spreadsheet::read_xlsx_rows(x.body, "制度阅知确认情况.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 6u);  // title, subtitle, header, 2 departments, 合计
  EXPECT_NE((*rows)[0].cells[0].find("测试市自然资源局制度阅知确认情况统计表"), std::string::npos) << (*rows)[0].cells[0];
  EXPECT_NE((*rows)[1].cells[0].find("《公务接待管理办法》（自然资党〔2026〕3号，第1版）"), std::string::npos)
      << (*rows)[1].cells[0];
  EXPECT_EQ((*rows)[2].cells, regulations::completion_headers());
  EXPECT_NE((*rows)[5].cells[0].find("应阅知 4 人，已确认 1 人，未确认 3 人，完成率 25.0%"), std::string::npos)
      << (*rows)[5].cells[0];

  // More readers: the office (2 people); assigning again adds nobody twice.
  auto more = as("shuji").post_json(path(id, "/assign"), {{"audience", {{"department_ids", json::array({b_.office})}}}});
  ASSERT_EQ(more.status, 200) << more.body;
  EXPECT_EQ(more.json()["data"]["added"], 2);
  auto same = as("shuji").post_json(path(id, "/assign"), {{"audience", {{"everyone", true}}}});
  EXPECT_EQ(same.json()["data"]["added"], 0);

  // A new version with reassign: the same six people must read it again; the old
  // acknowledgement stays with version 1.
  json v2 = base("公务接待管理办法", 0);
  v2["change_note"] = "修订";
  v2["reassign"] = true;
  auto r2 = as("shuji").post_json(path(id, "/versions"), v2);
  ASSERT_EQ(r2.status, 200) << r2.body;
  EXPECT_EQ(r2.json()["data"]["reassigned"], 6);
  EXPECT_EQ(r2.json()["data"]["acknowledged"], 0);
  EXPECT_EQ(titles("zhigong", "ack=pending"), (std::vector<std::string>{"公务接待管理办法"}));
  EXPECT_EQ(stored("SELECT COUNT(*) FROM regulation_assignments WHERE acknowledged_at IS NOT NULL"), 1);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM audit_log WHERE action = 'regulation.acknowledge' AND success = 1"), 2);
}

TEST_P(RegulationsHttpTest, StaffReadTheCommitteeWritesAndTheAdministratorsGetNothing) {
  const int64_t id = create(base("公务接待管理办法", -10))["id"];
  // Staff read and search, but do not write or see others' progress.
  EXPECT_EQ(as("zhigong").get(path(id)).status, 200);
  EXPECT_EQ(as("zhigong").get(path(id, "/versions/1")).status, 200);
  EXPECT_EQ(as("zhigong").post_json("/api/v1/regulations", base("x", 0)).status, 403);
  EXPECT_EQ(as("zhigong").post_json(path(id, "/repeal"), {{"repealed_on", day(1)}, {"reason", "x"}}).status, 403);
  EXPECT_EQ(as("zhigong").post_json(path(id, "/assign"), {{"audience", {{"everyone", true}}}}).status, 403);
  EXPECT_EQ(as("zhigong").get(path(id, "/completion")).status, 403);
  EXPECT_EQ(as("zhigong").get(path(id, "/completion/export")).status, 403);
  // Department heads and the Party secretary read progress but do not write.
  EXPECT_EQ(as("chuzhang").post_json("/api/v1/regulations", base("x", 0)).status, 403);
  EXPECT_EQ(as("dangwei").get(path(id, "/completion")).status, 200);
  // An absent regulation: 404 with the same body for everyone who may read.
  auto absent = as("zhigong").get(path(999999));
  ASSERT_EQ(absent.status, 404);
  EXPECT_EQ(absent.body, as("shuji").get(path(999999)).body);
  EXPECT_EQ(as("zhigong").post_json(path(999999, "/acknowledge")).status, 404);
  EXPECT_EQ(as("shuji").get(path(999999, "/completion")).status, 404);
  // The three administrators: 403 on every route, nothing on the home page.
  for (const char* admin : {"sysadmin", "secadmin", "auditor"}) {
    for (const std::string& p : {std::string("/api/v1/regulations"), path(id), path(id, "/versions/1"),
                                 path(id, "/completion"), path(id, "/completion/export"), path(id, "/assignees")})
      EXPECT_EQ(as(admin).get(p).status, 403) << admin << " " << p;
    EXPECT_EQ(as(admin).post_json(path(id, "/acknowledge")).status, 403) << admin;
    EXPECT_EQ(as(admin).post_json("/api/v1/regulations", base("x", 0)).status, 403) << admin;
    auto dash = as(admin).get("/api/v1/dashboard");
    EXPECT_EQ(dash.body.find("regulations."), std::string::npos) << admin;
  }
}

TEST_P(RegulationsHttpTest, BadInputNamesTheFieldAndStoresNothing) {
  auto refused = [&](json patch, const std::string& field) {
    json body = base("制度", -1);
    body["audience"] = {{"everyone", true}};
    for (auto& [k, v] : patch.items()) body[k] = v;
    auto r = as("shuji").post_json("/api/v1/regulations", body);
    EXPECT_EQ(r.status, 400) << patch.dump() << ": " << r.body;
    EXPECT_EQ(r.json()["error"]["code"], "regulation.invalid") << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
    EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  };
  refused({{"category", ""}}, "category");
  refused({{"category", "parties"}}, "category");
  refused({{"title", ""}}, "title");
  refused({{"issuing_body", ""}}, "issuing_body");
  refused({{"effective_on", "2026-02-30"}}, "effective_on");
  refused({{"full_text", ""}}, "full_text");
  refused({{"repealed_on", day(-1)}}, "repealed_on");  // not after the effective date
  refused({{"audience", {{"department_ids", json::array({b_.planning, 999999})}}}}, "audience.department_ids[1]");
  refused({{"audience", {{"roles", json::array({"auditor"})}}}}, "audience.roles[0]");
  // The audience is checked after the regulation is written: the transaction keeps nothing.
  EXPECT_EQ(stored("SELECT COUNT(*) FROM regulations"), 0);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM regulation_versions"), 0);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM regulation_assignments"), 0);
}

// 制度解读 and 以案促改 linked to the library (migration 0037): an interpretation names a
// regulation's version; a reform notice names the new version it led to; both show on the
// regulation, each only to a reader who may open it; refusals name the field and store
// nothing; the three administrators reach none of it.
TEST_P(RegulationsHttpTest, InterpretationsAndReformRuleChangesLinkBothWaysAndFollowEachSidesVisibility) {
  json g = create(base("项目验收管理办法", -100));
  const int64_t id = g["id"];
  json v2 = base("项目验收管理办法（修订）", -1);
  v2["change_note"] = "增加验收双人复核";
  ASSERT_EQ(as("shuji").post_json(path(id, "/versions"), v2).status, 200);

  auto publish = [&](json body) { return as("shuji").post_json("/api/v1/education/items", body); };
  json interp{{"kind", "interpretation"}, {"title", "《项目验收管理办法》修订解读"}, {"body", "双人复核"},
              {"published_on", day(0)}, {"audience", {{"department_ids", json::array({b_.planning})}}},
              {"regulation_id", id}, {"regulation_version_no", 2}};
  // Refusals name the field; nothing is stored.
  const int64_t items_before = stored("SELECT COUNT(*) FROM education_items");
  auto expect_field = [&](const testing::HttpResponse& r, int status, const std::string& field) {
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
  };
  json article = interp;
  article["kind"] = "article";
  expect_field(publish(article), 400, "regulation_id");
  json absent = interp;
  absent["regulation_id"] = 999999;
  expect_field(publish(absent), 400, "regulation_id");
  json no_version = interp;
  no_version["regulation_version_no"] = 9;
  expect_field(publish(no_version), 400, "regulation_version_no");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM education_items"), items_before);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM regulation_interpretations"), 0);
  auto ir = publish(interp);
  ASSERT_EQ(ir.status, 200) << ir.body;
  const int64_t interp_id = ir.json()["data"]["id"];
  EXPECT_EQ(ir.json()["data"]["regulation"]["id"], id);
  EXPECT_EQ(ir.json()["data"]["regulation"]["version_no"], 2);
  // The staff member it is assigned to sees the link back on the item.
  json seen = get("zhigong", "/api/v1/education/items/" + std::to_string(interp_id));
  EXPECT_EQ(seen["regulation"]["title"], "项目验收管理办法（修订）");

  // A reform notice from a typical case, for the planning department only.
  auto kase = publish({{"kind", "case"}, {"title", "某局原科长违规收受礼金问题"}, {"category", "gifts"},
                       {"lessons", "守住第一次"}, {"published_on", day(0)}, {"audience", {{"everyone", true}}}});
  ASSERT_EQ(kase.status, 200) << kase.body;
  auto rf = as("shuji").post_json(
      "/api/v1/inspections/case-reforms",
      {{"education_item_id", kase.json()["data"]["id"]}, {"title", "关于深化以案促改的通知"},
       {"summary", "验收环节违规收受财物"}, {"loopholes", "一人经办"},
       {"measures", json::array({{{"owner_department_id", b_.planning}, {"problem", "验收一人经办"},
                                  {"measures", "修订验收办法"}, {"deadline", day(30)}}})}});
  ASSERT_EQ(rf.status, 200) << rf.body;
  const int64_t reform = rf.json()["data"]["id"];
  const std::string number = rf.json()["data"]["number"];
  const std::string rc = "/api/v1/inspections/case-reforms/" + std::to_string(reform) + "/rule-changes";
  json link{{"regulation_id", id}, {"version_no", 2}, {"note", "第五条增加双人复核"}};
  for (const char* user : {"zhigong", "chuzhang", "dangwei", "sysadmin", "secadmin", "auditor"})
    EXPECT_EQ(as(user).post_json(rc, link).status, 403) << user;
  expect_field(as("shuji").post_json(rc, {{"regulation_id", id}, {"version_no", 9}}), 400, "version_no");
  expect_field(as("shuji").post_json(rc, {{"regulation_id", 999999}}), 400, "regulation_id");
  auto nf = as("shuji").post_json("/api/v1/inspections/case-reforms/999999/rule-changes", link);
  EXPECT_EQ(nf.status, 404);
  EXPECT_EQ(nf.json()["error"]["code"], "inspection.case_reform_not_found");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM case_reform_rule_changes"), 0);
  auto ok = as("shuji").post_json(rc, link);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["data"]["rule_changes"][0]["version_no"], 2);
  EXPECT_EQ(ok.json()["data"]["rule_changes"][0]["change_note"], "增加验收双人复核");
  EXPECT_EQ(as("shuji").post_json(rc, link).status, 409);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM case_reform_rule_changes"), 1);
  // The notice shows it to the planning head, whose department it covers.
  json on_notice = get("chuzhang", "/api/v1/inspections/case-reforms/" + std::to_string(reform));
  ASSERT_EQ(on_notice["rule_changes"].size(), 1u);
  EXPECT_EQ(on_notice["rule_changes"][0]["title"], "项目验收管理办法（修订）");
  EXPECT_EQ(on_notice["rule_changes"][0]["note"], "第五条增加双人复核");

  // The regulation page: each side's own visibility.
  auto links = [&](const std::string& user) {
    json r = get(user, path(id));
    return std::make_pair(r["interpretations"].size(), r["case_reforms"].size());
  };
  json full = get("shuji", path(id));
  ASSERT_EQ(full["case_reforms"].size(), 1u);
  EXPECT_EQ(full["case_reforms"][0]["number"], number);
  EXPECT_EQ(full["case_reforms"][0]["version_no"], 2);
  EXPECT_EQ(full["interpretations"][0]["education_item_id"], interp_id);
  EXPECT_EQ(full["interpretations"][0]["version_no"], 2);
  EXPECT_EQ(links("chuzhang"), std::make_pair(size_t{1}, size_t{1}));  // progress; notice covers planning
  EXPECT_EQ(links("bgszr"), std::make_pair(size_t{1}, size_t{0}));     // the office is not in the notice
  EXPECT_EQ(links("zhigong"), std::make_pair(size_t{1}, size_t{0}));   // assigned; no inspection permission
  EXPECT_EQ(links("zhigong2"), std::make_pair(size_t{0}, size_t{0}));  // not assigned, like absent
  for (const char* user : {"sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(user).get(path(id)).status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/education/items/" + std::to_string(interp_id)).status, 403) << user;
  }
}

INSTANTIATE_TEST_SUITE_P(Both, RegulationsHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf

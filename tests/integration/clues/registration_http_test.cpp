// Issue 15 item 10 through a real `qingfeng serve` on both databases: the clue's
// registration elements (来源文号, 举报人, 干部管理权限, 密级) are validated naming the field,
// round-trip, keep the reporter sealed at rest and out of lists, are shown only to those
// who may read the clue (every other role gets the same 404 as an absent clue) and can
// be corrected only while the clue is registered; the pickers carry department and
// position; a report is transferred (转办) or kept on file (留存备查), the reporter's
// follow-up view says so without internal details, and the 被反映人 is linked to a
// person of the organisation while the typed text stays as written.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "clue_served_fixture.h"

namespace qf::testing {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class RegistrationHttpTest : public ClueServedTest {
 protected:
  void configure(ServerProcessOptions& o) override {
    dir_ = fs::temp_directory_path() /
           ("qf-reg-http-" + std::to_string(::getpid()) + "-" + std::to_string(SystemClock().now_ms()));
    fs::create_directories(dir_);
    o.config_toml = "[security]\nargon2_memlimit = 8388608\n";
    o.extra_args = {"--public-port-file", (dir_ / "public-port").string()};
  }
  void TearDown() override {
    ClueServedTest::TearDown();
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  uint16_t public_port() {
    for (int i = 0; i < 100 && !fs::exists(dir_ / "public-port"); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return static_cast<uint16_t>(std::stoi(slurp(dir_ / "public-port")));
  }
  // Every text column of clue_registration / reports, and the SQLite file itself.
  std::string stored_text(const std::string& table) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    std::string all;
    auto rs = lease->get().query("SELECT * FROM " + table);
    EXPECT_TRUE(rs.ok());
    for (const auto& r : *rs)
      for (size_t i = 0; i < r.size(); ++i) all += r.is_null(i) ? std::string("NULL") : r.text(i), all += "|";
    if (url().rfind("sqlite:", 0) == 0) {
      const std::string file = url().substr(7);
      all += slurp(file) + slurp(file + "-wal");
    }
    return all;
  }
  fs::path dir_;
};

TEST_P(RegistrationHttpTest, ClueRegistrationIsValidatedSealedAndShownOnlyToThoseWhoMayReadTheClue) {
  const json base{{"source", "referral_from_above"},
                  {"category", "integrity"},
                  {"matter", "反映其违规收受礼金"},
                  {"received_on", today_},
                  {"persons", json::array({{{"person_id", reported_}}})},
                  {"assignments", json::array({{{"account_id", ids_["jijian1"]}, {"part", "handler"}},
                                               {{"account_id", ids_["jjszr"]}, {"part", "dept_head"}}})}};
  // Validation names the field, in both languages; nothing is registered.
  auto refused = [&](json patch, const std::string& field, const std::string& zh_word) {
    json b = base;
    for (auto& [k, v] : patch.items()) b[k] = v;
    auto r = as("shuji").post_json("/api/v1/clues", b);
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    EXPECT_NE(r.json()["error"]["message_zh"].get<std::string>().find(zh_word), std::string::npos) << r.body;
    EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  };
  refused({{"classification", "secret"}}, "source_document", "转办单号");
  refused({{"source_document", "中纪委转〔2026〕8号"}, {"classification", "top"}}, "classification", "密级");
  refused({{"source_document", "中纪委转〔2026〕8号"}, {"cadre_authority", "county"}}, "cadre_authority", "干部管理权限");
  refused({{"source_document", "中纪委转〔2026〕8号"}, {"reporter", {{"anonymous", true}, {"name", "某人"}}}},
          "reporter.name", "匿名");
  refused({{"source_document", "中纪委转〔2026〕8号"}, {"reporter", {{"anonymous", false}}}}, "reporter.name", "举报人姓名");
  refused({{"source_document", std::string(101, 'x')}}, "source_document", "100");
  EXPECT_EQ(as("shuji").get("/api/v1/clues").json()["meta"]["total"], 0);

  json good = base;
  good["source_document"] = "  中纪委转〔2026〕8号 ";
  good["reporter"] = {{"anonymous", false}, {"name", "欧阳明举报人"}, {"contact", "13900001111"}};
  good["cadre_authority"] = "superior";
  good["classification"] = "secret";
  auto made = as("shuji").post_json("/api/v1/clues", good);
  ASSERT_EQ(made.status, 200) << made.body;
  const json reg = made.json()["data"]["registration"];
  EXPECT_EQ(reg["source_document"], "中纪委转〔2026〕8号");
  EXPECT_EQ(reg["reporter"]["name"], "欧阳明举报人");
  EXPECT_EQ(reg["reporter"]["contact"], "13900001111");
  EXPECT_EQ(reg["cadre_authority"], "superior");
  EXPECT_EQ(reg["classification"], "secret");
  EXPECT_TRUE(reg["report_up"].get<bool>()) << "a cadre managed by the higher level: report up";
  const int64_t id = made.json()["data"]["id"];
  const std::string path = "/api/v1/clues/" + std::to_string(id);

  // The assigned handler reads it; lists and the export never carry the reporter.
  auto handler_view = as("jijian1").get(path);
  ASSERT_EQ(handler_view.status, 200);
  EXPECT_EQ(handler_view.json()["data"]["registration"]["reporter"]["name"], "欧阳明举报人");
  auto list = as("shuji").get("/api/v1/clues");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body.find("欧阳明"), std::string::npos);
  EXPECT_EQ(list.body.find("13900001111"), std::string::npos);
  // Everyone else: exactly the answer of a clue that does not exist.
  // (The correction answers 403 to accounts without clue.handle, for an existing clue as for
  // an absent one; 404 to a clue.handle holder who may not see it.)
  auto absent = as("shuji").get("/api/v1/clues/999999");
  const json fix{{"classification", "internal"}, {"source_document", "x"}};
  for (const char* user : {"jijian2", "chuzhang", "dangwei", "zhigong", "sysadmin", "secadmin", "auditor"}) {
    auto r = as(user).get(path);
    EXPECT_EQ(r.status, 404) << user;
    EXPECT_EQ(r.body, absent.body) << user;
    auto put = as(user).put_json(path + "/registration", fix);
    EXPECT_EQ(put.body, as(user).put_json("/api/v1/clues/999999/registration", fix).body) << user;
    EXPECT_EQ(put.status, std::string(user) == "jijian2" ? 404 : 403) << user;
  }
  // Sealed at rest: neither the name nor the contact is stored in clear.
  const std::string at_rest = stored_text("clue_registration");
  EXPECT_NE(at_rest.find("v1:"), std::string::npos);
  EXPECT_NE(at_rest.find("中纪委转〔2026〕8号"), std::string::npos) << "the document number is plain";
  EXPECT_EQ(at_rest.find("欧阳明举报人"), std::string::npos);
  EXPECT_EQ(at_rest.find("13900001111"), std::string::npos);

  // Correction while registered: the handler, not the office head; audited.
  auto not_part = as("jjszr").put_json(path + "/registration", {{"source_document", "x"}, {"classification", "internal"}});
  EXPECT_EQ(not_part.status, 403) << not_part.body;
  auto bad_fix = as("jijian1").put_json(path + "/registration", {{"classification", "secret"}});
  EXPECT_EQ(bad_fix.json()["error"]["field"], "source_document") << "still a referral: the number stays required";
  auto fixed = as("jijian1").put_json(path + "/registration", {{"source_document", "中纪委转〔2026〕9号"},
                                                               {"reporter", {{"anonymous", true}}},
                                                               {"cadre_authority", "local"},
                                                               {"classification", "confidential"}});
  ASSERT_EQ(fixed.status, 200) << fixed.body;
  auto after = as("shuji").get(path).json()["data"]["registration"];
  EXPECT_EQ(after["source_document"], "中纪委转〔2026〕9号");
  EXPECT_TRUE(after["reporter"]["anonymous"].get<bool>());
  EXPECT_EQ(after["reporter"]["name"], "");
  EXPECT_EQ(after["classification"], "confidential");
  EXPECT_FALSE(after["report_up"].get<bool>());
  EXPECT_EQ(audit_count("clue.registration"), 1);
  EXPECT_EQ(stored_text("audit_log").find("欧阳明举报人"), std::string::npos);
  // Once handling started the elements are fixed.
  act_ok("jijian1", id, {{"action", "start_review"}});
  auto locked = as("jijian1").put_json(path + "/registration", {{"source_document", "x"}, {"classification", "internal"}});
  EXPECT_EQ(locked.status, 409);
  EXPECT_EQ(locked.error_code(), "clue.registration_locked");
  EXPECT_EQ(locked.json()["error"]["field"], "state");

  // The pickers: name + department + position of the account's person.
  auto assignable = as("shuji").get("/api/v1/clues/assignable");
  ASSERT_EQ(assignable.status, 200);
  bool head_seen = false;
  const auto assignable_body = assignable.json();  // the loops below range over it: keep it alive
  for (const auto& a : assignable_body["data"])
    if (a["account_id"] == ids_["chuzhang"]) {
      head_seen = true;
      EXPECT_EQ(a["department_name"], "规划处");
    }
  EXPECT_FALSE(head_seen) << "chuzhang holds no clue.handle";
  for (const auto& a : assignable_body["data"]) EXPECT_TRUE(a.contains("position_name"));
}

TEST_P(RegistrationHttpTest, ReportsAreTransferredOrKeptOnFileAndTheReporterIsToldWithoutInternalDetails) {
  ASSERT_EQ(as("shuji").post_json("/api/v1/reports/keys/init", {{"password", kTestPassword}}).status, 200);
  ASSERT_EQ(as("shuji").post_json("/api/v1/reports/keys/unlock", {{"password", kTestPassword}}).status, 200);
  ASSERT_EQ(as("jijian1").post_json("/api/v1/reports/keys/enrol", {{"password", kTestPassword}}).status, 200);
  ASSERT_EQ(as("jijian1").post_json("/api/v1/reports/keys/unlock", {{"password", kTestPassword}}).status, 200);
  auto letter = [&](const std::string& matter) {
    auto r = as("shuji").post_json("/api/v1/reports", {{"channel", "letter"},
                                                       {"received_on", today_},
                                                       {"anonymous", true},
                                                       {"reported", {{"name", "张某（规划处的）"}, {"unit", "规划处"}}},
                                                       {"matter", matter},
                                                       {"password", "reporter-pw-1"}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  };
  const json first = letter("反映其违规接受宴请");
  const json second = letter("反映其上班时间打牌");
  const std::string p1 = "/api/v1/reports/" + std::to_string(first["id"].get<int64_t>());
  const std::string p2 = "/api/v1/reports/" + std::to_string(second["id"].get<int64_t>());

  // The person link: to a person of the organisation; the typed text stays as written.
  auto no_person = as("shuji").put_json(p1 + "/person-link", {{"person_id", 999999}});
  EXPECT_EQ(no_person.status, 400);
  EXPECT_EQ(no_person.json()["error"]["field"], "person_id");
  auto linked = as("shuji").put_json(p1 + "/person-link", {{"person_id", reported_}});
  ASSERT_EQ(linked.status, 200) << linked.body;
  EXPECT_EQ(linked.json()["data"]["person_link"]["name"], "张被反映");
  EXPECT_EQ(linked.json()["data"]["person_link"]["department_name"], "规划处");
  EXPECT_EQ(linked.json()["data"]["person_link"]["position_name"], "审批岗");
  EXPECT_EQ(linked.json()["data"]["reported"]["name"], "张某（规划处的）");
  EXPECT_EQ(as("jijian1").get(p1).error_code(), "report.not_found") << "not a handler of this report";
  EXPECT_EQ(as("jijian1").put_json(p1 + "/person-link", {{"person_id", reported_}}).error_code(), "report.not_found");
  EXPECT_EQ(as("sysadmin").get(p1).status, 403);

  // 转办: the fields are named; the day is not in the future.
  auto transfer = [&](const std::string& p, json t) {
    return as("shuji").post_json(p + "/triage", {{"decision", "transfer"}, {"transfer", t}});
  };
  auto no_unit = transfer(p1, {{"document_number", "转〔2026〕3号"}, {"transferred_on", today_}});
  EXPECT_EQ(no_unit.json()["error"]["field"], "transfer.unit") << no_unit.body;
  auto future = transfer(p1, {{"unit", "区纪委监委"}, {"document_number", "转〔2026〕3号"}, {"transferred_on", "2999-01-01"}});
  EXPECT_EQ(future.json()["error"]["field"], "transfer.transferred_on") << future.body;
  auto moved = transfer(p1, {{"unit", "区纪委监委第三室"}, {"document_number", "转〔2026〕3号"}, {"transferred_on", today_}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["data"]["status"], "transferred");
  EXPECT_EQ(moved.json()["data"]["transfer"]["unit"], "区纪委监委第三室");
  EXPECT_EQ(moved.json()["data"]["transfer"]["transferred_on"], today_);
  EXPECT_EQ(transfer(p1, {{"unit", "x"}, {"document_number", "y"}, {"transferred_on", today_}}).error_code(),
            "report.already_triaged") << "转办 is final";
  EXPECT_EQ(as("shuji").post_json(p1 + "/close", {{"feedback", ""}}).error_code(), "report.final");
  EXPECT_EQ(as("shuji").post_json(p1 + "/reopen", json::object()).error_code(), "report.not_filed");
  EXPECT_EQ(stored_text("reports").find("区纪委监委第三室"), std::string::npos) << "the transfer record is sealed";

  // 留存备查 with a reason; reversible.
  auto no_reason = as("shuji").post_json(p2 + "/triage", {{"decision", "file"}, {"reason", " "}});
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  auto filed = as("shuji").post_json(p2 + "/triage", {{"decision", "file"}, {"reason", "反映笼统，暂无可查内容"}});
  ASSERT_EQ(filed.status, 200) << filed.body;
  EXPECT_EQ(filed.json()["data"]["status"], "filed");
  EXPECT_EQ(filed.json()["data"]["filed_reason"], "反映笼统，暂无可查内容");
  EXPECT_EQ(as("shuji").post_json(p2 + "/messages", {{"text", "请补充"}}).error_code(), "report.closed");

  // The reporter's follow-up view: the stage and its sentence, nothing internal.
  HttpClient pub(public_port());
  auto look = [&](const json& report) {
    auto r = pub.post_json("/api/v1/public/reports/lookup",
                           {{"query_code", report["query_code"]}, {"password", "reporter-pw-1"}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r;
  };
  auto seen1 = look(first);
  EXPECT_EQ(seen1.json()["data"]["stage"], "transferred");
  EXPECT_EQ(seen1.json()["data"]["stage_label_zh"], "已转办");
  EXPECT_NE(seen1.json()["data"]["stage_note_zh"].get<std::string>().find("转交"), std::string::npos);
  for (const char* secret : {"区纪委监委", "转〔2026〕3号", "张被反映", "审批岗"})
    EXPECT_EQ(seen1.body.find(secret), std::string::npos) << secret;
  auto seen2 = look(second);
  EXPECT_EQ(seen2.json()["data"]["stage"], "filed");
  EXPECT_EQ(seen2.json()["data"]["stage_label_zh"], "已留存备查");
  EXPECT_EQ(seen2.body.find("笼统"), std::string::npos);

  // Statistics count the new dispositions.
  auto stats = as("shuji").get("/api/v1/reports/stats");
  ASSERT_EQ(stats.status, 200) << stats.body;
  std::map<std::string, int64_t> by;
  const json st = stats.json();
  for (const auto& o : st["data"]["by_outcome"]) by[o["code"].get<std::string>()] = o["count"].get<int64_t>();
  EXPECT_EQ(by["transferred"], 1);
  EXPECT_EQ(by["filed"], 1) << stats.body;

  // Taken up again: under review, the reason gone, the reporter sees the review stage.
  auto reopened = as("shuji").post_json(p2 + "/reopen", json::object());
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  EXPECT_EQ(reopened.json()["data"]["status"], "under_review");
  EXPECT_TRUE(reopened.json()["data"]["filed_reason"].is_null());
  EXPECT_EQ(look(second).json()["data"]["stage"], "under_review");
  EXPECT_EQ(audit_count("report.reopen"), 1);
}

INSTANTIATE_TEST_SUITE_P(Both, RegistrationHttpTest, AllDatabases(), DatabaseName);

}  // namespace
}  // namespace qf::testing

// Findings (大数据比对疑点) through a real `qingfeng serve` (both databases):
// - the shared sample registry files uploaded in pieces and run in the server give
//   exactly the expected findings and data-quality rows (../shared/crosscheck/sample);
// - runs from the configured server folder dedupe across runs: first seen stays, last
//   seen moves, a finding no longer produced is gone, a new run adds none twice;
// - dismiss needs a reason and seals it; a finding becomes a clue in one step (source
//   data_crosscheck, the evidence in its text) and the link reads both ways;
// - need-to-know: only the discipline roles see anything; every other role, the three
//   administrators included, gets the 404 of an absent finding;
// - at rest the raw rows hold no name, summary, reason or bad value in clear.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>
#include <tuple>

#include "clue_served_fixture.h"

namespace qf {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string shared_dir() {
  const char* env = std::getenv("QF_SHARED_DIR");
  return env && *env ? env : QF_SHARED_DIR_DEFAULT;
}
std::string sample(const std::string& rel) { return shared_dir() + "/crosscheck/sample/" + rel; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Rows of a small expected CSV (no quoting in these files), header skipped.
std::vector<std::vector<std::string>> csv_rows(const std::string& path) {
  std::vector<std::vector<std::string>> out;
  std::istringstream in(read_file(path));
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream ls(line);
    while (std::getline(ls, cell, ',')) cells.push_back(cell);
    if (line.back() == ',') cells.push_back("");
    out.push_back(cells);
  }
  return out;
}

std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : s) {
    if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.') out.push_back(static_cast<char>(ch));
    else {
      out.push_back('%');
      out.push_back(hex[ch >> 4]);
      out.push_back(hex[ch & 15]);
    }
  }
  return out;
}

using Triple = std::tuple<std::string, std::string, std::string>;
std::set<Triple> expected_findings(const std::string& set) {
  std::set<Triple> out;
  for (const auto& r : csv_rows(sample(set + "-expected/findings.csv"))) out.insert({r.at(0), r.at(1), r.size() > 2 ? r[2] : ""});
  return out;
}

const char* const kOutsiders[] = {"chuzhang", "dangwei", "zhigong", "sysadmin", "secadmin", "auditor"};

class FindingsHttpTest : public testing::ClueServedTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override {
    work_ = (fs::temp_directory_path() / ("qf_findings_" + std::to_string(::getpid()) + "_" +
                                          std::to_string(reinterpret_cast<uintptr_t>(this))))
                .string();
    o.config_toml = "[findings]\nwork_dir = \"" + work_ + "\"\nimport_root = \"" + sample("") + "\"\nchunk_mb = 1\n";
  }
  void TearDown() override {
    testing::ClueServedTest::TearDown();
    std::error_code ec;
    fs::remove_all(work_, ec);
  }

  json wait_done(int64_t run_id) {
    json run;
    for (int i = 0; i < 600; ++i) {
      auto r = as("shuji").get("/api/v1/findings/runs/" + std::to_string(run_id));
      EXPECT_EQ(r.status, 200) << r.body;
      run = r.json()["data"];
      if (run["state"] == "done" || run["state"] == "failed") return run;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ADD_FAILURE() << "run " << run_id << " did not finish: " << run.dump();
    return run;
  }

  // A run over a sub-folder of the sample folder (cadres from the uploaded/linked file).
  json run_directory(const std::string& dir) {
    auto r = as("shuji").post_json("/api/v1/findings/runs",
                                   {{"source", "directory"}, {"directory", dir}, {"cadres_from", "upload"},
                                    {"as_of", "2024-06-30"}});
    EXPECT_EQ(r.status, 200) << r.body;
    json run = wait_done(r.json()["data"]["id"].get<int64_t>());
    EXPECT_EQ(run["state"], "done") << run.dump();
    return run;
  }

  std::vector<json> all_findings(const std::string& user = "shuji", const std::string& query = "") {
    std::vector<json> out;
    for (int page = 1; page < 50; ++page) {
      auto r = as(user).get("/api/v1/findings?page_size=200&page=" + std::to_string(page) + query);
      EXPECT_EQ(r.status, 200) << r.body;
      const json body = r.json();
      for (const auto& f : body["data"]) out.push_back(f);
      if (static_cast<int64_t>(out.size()) >= body["meta"]["total"].get<int64_t>() || body["data"].empty()) break;
    }
    return out;
  }

  // (rule, key, cadre_id) of the present findings, keys read from the details.
  std::set<Triple> present_triples() {
    std::set<Triple> out;
    for (const auto& f : all_findings("shuji", "&present=true")) {
      auto d = as("shuji").get("/api/v1/findings/" + std::to_string(f["id"].get<int64_t>()));
      EXPECT_EQ(d.status, 200) << d.body;
      const json dj = d.json()["data"];
      out.insert(Triple{dj["rule"].get<std::string>(), dj["key"].get<std::string>(), dj["cadre_id"].get<std::string>()});
    }
    return out;
  }

  std::string work_;
};

TEST_P(FindingsHttpTest, UploadedSampleFilesGiveExactlyTheExpectedFindingsAndDataQuality) {
  auto& c = as("shuji");
  auto settings = c.get("/api/v1/findings/settings");
  ASSERT_EQ(settings.status, 200) << settings.body;
  EXPECT_EQ(settings.json()["data"]["chunk_bytes"], 1024 * 1024);
  auto created = c.post_json("/api/v1/findings/runs", {{"source", "upload"}, {"cadres_from", "upload"}, {"as_of", "2024-06-30"}});
  ASSERT_EQ(created.status, 200) << created.body;
  const int64_t id = created.json()["data"]["id"];
  EXPECT_EQ(created.json()["data"]["state"], "uploading");
  const std::string base = "/api/v1/findings/runs/" + std::to_string(id);
  // Every file in two pieces, the second at the offset the first ended.
  for (const auto& entry : fs::directory_iterator(sample("messy"))) {
    const std::string name = entry.path().filename().string();
    const std::string bytes = read_file(entry.path().string());
    const size_t half = bytes.size() / 2;
    auto p1 = c.request("PUT", base + "/files/" + name + "?offset=0", bytes.substr(0, half),
                        {{"Content-Type", "application/octet-stream"}});
    ASSERT_EQ(p1.status, 200) << name << ": " << p1.body;
    // A piece at the wrong offset is refused naming where the file stands.
    auto wrong = c.request("PUT", base + "/files/" + name + "?offset=" + std::to_string(half + 5), bytes.substr(half),
                           {{"Content-Type", "application/octet-stream"}});
    EXPECT_EQ(wrong.status, 409) << wrong.body;
    EXPECT_EQ(wrong.json()["error"]["field"], "offset");
    auto p2 = c.request("PUT", base + "/files/" + name + "?offset=" + std::to_string(half), bytes.substr(half),
                        {{"Content-Type", "application/octet-stream"}});
    ASSERT_EQ(p2.status, 200) << name << ": " << p2.body;
    EXPECT_EQ(p2.json()["data"]["size"], static_cast<int64_t>(bytes.size()));
  }
  auto bad_name = c.request("PUT", base + "/files/passwd?offset=0", "x", {{"Content-Type", "application/octet-stream"}});
  EXPECT_EQ(bad_name.status, 400) << bad_name.body;
  EXPECT_EQ(bad_name.json()["error"]["field"], "name");

  auto started = c.post_json(base + "/start");
  ASSERT_EQ(started.status, 200) << started.body;
  json run = wait_done(id);
  ASSERT_EQ(run["state"], "done") << run.dump();
  EXPECT_EQ(run["progress"], 100);
  const auto want = expected_findings("messy");
  EXPECT_EQ(run["findings_count"].get<size_t>(), want.size());
  EXPECT_EQ(run["new_count"].get<size_t>(), want.size());
  EXPECT_EQ(present_triples(), want);

  // The data-quality table: exactly the expected (file, line) pairs.
  std::set<std::pair<std::string, int64_t>> want_dq, got_dq;
  for (const auto& r : csv_rows(sample("messy-expected/data_quality.csv"))) want_dq.insert({r.at(0), std::stoll(r.at(1))});
  auto dq = c.get(base + "/data-quality?page_size=200");
  ASSERT_EQ(dq.status, 200) << dq.body;
  const json dqj = dq.json();
  for (const auto& d : dqj["data"]) got_dq.insert({d["file"].get<std::string>(), d["line"].get<int64_t>()});
  EXPECT_EQ(got_dq, want_dq);
  EXPECT_EQ(dqj["meta"]["total"], run["dq_count"]);
  // Exported in the ledger layout.
  auto x = c.get(base + "/data-quality/export");
  ASSERT_EQ(x.status, 200) << x.body;
  EXPECT_EQ(x.body.substr(0, 2), "PK");
  // The uploaded files do not stay on the server once the run is over.
  EXPECT_FALSE(fs::exists(work_ + "/run-" + std::to_string(id)));
  // The run no longer takes files.
  auto late = c.request("PUT", base + "/files/cadres.csv?offset=0", "x", {{"Content-Type", "application/octet-stream"}});
  EXPECT_EQ(late.status, 409) << late.body;

  // Sealed at rest: no summary, name or bad value in the raw rows.
  auto f = all_findings().front();
  auto detail = c.get("/api/v1/findings/" + std::to_string(f["id"].get<int64_t>())).json()["data"];
  const std::string summary = detail["summary"];
  const std::string person = detail["person_name"];
  ASSERT_FALSE(summary.empty());
  auto lease = db().acquire();
  auto rows = lease->get().query("SELECT * FROM findings");
  ASSERT_TRUE(rows.ok());
  for (const auto& r : *rows)
    for (size_t i = 0; i < r.size(); ++i) {
      const std::string v = r.text(i);
      EXPECT_EQ(v.find(summary), std::string::npos);
      if (!person.empty()) EXPECT_EQ(v.find(person), std::string::npos) << "name in clear";
      EXPECT_EQ(v.find(detail["key"].get<std::string>()), std::string::npos) << "key in clear";
    }
  auto dq_rows = lease->get().query("SELECT value_sealed FROM findings_data_quality");
  ASSERT_TRUE(dq_rows.ok());
  std::set<std::string> values;
  for (const auto& d : dqj["data"])
    if (d["value"].get<std::string>().size() > 3) values.insert(d["value"].get<std::string>());
  ASSERT_FALSE(values.empty());
  for (const auto& r : *dq_rows)
    for (const auto& v : values) EXPECT_EQ(r.text(0).find(v), std::string::npos) << v;
}

TEST_P(FindingsHttpTest, RunsDedupeAcrossRunsAndMarkWhatIsGone) {
  const auto clean = expected_findings("clean");
  const auto messy = expected_findings("messy");
  std::set<Triple> messy_only;
  for (const auto& t : messy)
    if (!clean.count(t)) messy_only.insert(t);
  ASSERT_FALSE(messy_only.empty()) << "the sample sets differ";

  json a = run_directory("clean");
  EXPECT_EQ(a["new_count"].get<size_t>(), clean.size());
  json b = run_directory("messy");
  EXPECT_EQ(b["findings_count"].get<size_t>(), messy.size());
  // Only what the messy set adds is new; the clean set's findings are the same findings.
  size_t common = 0;
  for (const auto& t : messy) common += clean.count(t);
  EXPECT_EQ(b["new_count"].get<size_t>(), messy.size() - common);
  json c = run_directory("clean");
  EXPECT_EQ(c["new_count"], 0);
  EXPECT_EQ(c["gone_count"].get<size_t>(), messy_only.size());
  EXPECT_EQ(present_triples(), clean);

  // Stored once per (rule, key) whatever the number of runs.
  std::set<Triple> all;
  for (const auto& t : clean) all.insert(t);
  for (const auto& t : messy) all.insert(t);
  EXPECT_EQ(all_findings().size(), all.size());
  // First seen stays with the first run, last seen moves with the latest.
  for (const auto& f : all_findings("shuji", "&present=true")) {
    EXPECT_EQ(f["first_run_id"], a["id"]) << f.dump();
    EXPECT_EQ(f["last_run_id"], c["id"]) << f.dump();
  }
  auto gone = all_findings("shuji", "&present=false");
  EXPECT_EQ(gone.size(), messy_only.size());
  for (const auto& f : gone) EXPECT_EQ(f["last_run_id"], b["id"]);

  // Filters: rule, severity, department.
  for (const auto& f : all_findings("shuji", "&rule=R5")) EXPECT_EQ(f["rule"], "R5");
  EXPECT_FALSE(all_findings("shuji", "&rule=R5").empty());
  for (const auto& f : all_findings("shuji", "&severity=%E9%AB%98")) EXPECT_EQ(f["severity"], "高");
  auto depts = as("shuji").get("/api/v1/findings/departments").json()["data"];
  ASSERT_FALSE(depts.empty());
  const std::string dept = depts[0];
  auto in_dept = all_findings("shuji", "&department=" + url_encode(dept));
  ASSERT_FALSE(in_dept.empty());
  for (const auto& f : in_dept) EXPECT_EQ(f["department"], dept);
  EXPECT_LT(in_dept.size(), all_findings().size());
  auto bad = as("shuji").get("/api/v1/findings?rule=R11");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "rule");

  // A server folder outside the allowed one is refused naming the field.
  auto outside = as("shuji").post_json("/api/v1/findings/runs", {{"source", "directory"}, {"directory", "../.."}});
  EXPECT_EQ(outside.status, 400) << outside.body;
  EXPECT_EQ(outside.json()["error"]["field"], "directory");
}

TEST_P(FindingsHttpTest, DismissAndToClueWithTheLinkBothWays) {
  run_directory("clean");
  auto list = all_findings("shuji", "&rule=R1");
  ASSERT_GE(list.size(), 2u);
  const int64_t f1 = list[0]["id"], f2 = list[1]["id"];
  const std::string p1 = "/api/v1/findings/" + std::to_string(f1);
  const std::string p2 = "/api/v1/findings/" + std::to_string(f2);

  // Dismiss: a reason is required, then it is kept (sealed) and the finding is closed.
  auto no_reason = as("jijian1").post_json(p1 + "/dismiss", {{"reason", ""}});
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  const std::string reason = "经核实系同名同生日的另一人，排除";
  auto dismissed = as("jijian1").post_json(p1 + "/dismiss", {{"reason", reason}});
  ASSERT_EQ(dismissed.status, 200) << dismissed.body;
  EXPECT_EQ(dismissed.json()["data"]["status"], "dismissed");
  EXPECT_EQ(dismissed.json()["data"]["dismiss_reason"], reason);
  EXPECT_EQ(as("shuji").post_json(p1 + "/clue").status, 409);
  {
    auto lease = db().acquire();
    auto r = lease->get().query_one("SELECT dismiss_reason_sealed FROM findings WHERE id = ?", {f1});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->text("dismiss_reason_sealed").find("同名"), std::string::npos);
    EXPECT_EQ(r->text("dismiss_reason_sealed").rfind("v1:", 0), 0u);
  }

  // Assign to jijian2, then the finding becomes a clue handled by jijian2.
  auto assigned = as("shuji").post_json(p2 + "/assign", {{"account_id", ids_["jijian2"]}});
  ASSERT_EQ(assigned.status, 200) << assigned.body;
  EXPECT_EQ(assigned.json()["data"]["status"], "assigned");
  EXPECT_EQ(as("shuji").post_json(p2 + "/assign", {{"account_id", ids_["sysadmin"]}}).status, 400);
  const json before = as("shuji").get(p2).json()["data"];
  auto made = as("shuji").post_json(p2 + "/clue", {{"category", "integrity"}});
  ASSERT_EQ(made.status, 200) << made.body;
  const json after = made.json()["data"];
  EXPECT_EQ(after["status"], "clue");
  ASSERT_TRUE(after["clue_id"].is_number_integer());
  EXPECT_FALSE(after["clue_number"].get<std::string>().empty());
  const int64_t clue_id = after["clue_id"];
  auto clue = as("jijian2").get("/api/v1/clues/" + std::to_string(clue_id));
  ASSERT_EQ(clue.status, 200) << clue.body;
  const json cj = clue.json()["data"];
  EXPECT_EQ(cj["source"], "data_crosscheck");
  const std::string matter = cj["matter"];
  EXPECT_NE(matter.find(before["summary"].get<std::string>()), std::string::npos) << matter;
  EXPECT_NE(matter.find("cadres.csv"), std::string::npos) << "the evidence is in the clue's text: " << matter;
  EXPECT_NE(matter.find("疑点 第" + std::to_string(f2) + "号"), std::string::npos) << matter;
  // The link back: from the clue to its finding.
  auto back = as("jijian2").get("/api/v1/findings/of-clue/" + std::to_string(clue_id));
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.json()["data"]["id"], f2);
  // jijian1 does not handle that clue: the link answers as absent.
  EXPECT_EQ(as("jijian1").get("/api/v1/findings/of-clue/" + std::to_string(clue_id)).status, 404);
  // Once a clue, never a second one.
  EXPECT_EQ(as("shuji").post_json(p2 + "/clue").status, 409);
  EXPECT_EQ(all_findings("shuji", "&status=clue").size(), 1u);
  EXPECT_EQ(all_findings("shuji", "&status=dismissed").size(), 1u);
}

TEST_P(FindingsHttpTest, OnlyTheDisciplineCommitteeSeesFindingsOthersGetTheAbsentAnswer) {
  json run = run_directory("clean");
  const int64_t id = all_findings().front()["id"];
  const std::string path = "/api/v1/findings/" + std::to_string(id);
  auto absent = as("shuji").get("/api/v1/findings/99999999");
  ASSERT_EQ(absent.status, 404);
  for (const char* user : {"shuji", "jijian1", "jijian2", "jjszr"}) {
    EXPECT_EQ(as(user).get(path).status, 200) << user;
    EXPECT_EQ(as(user).get("/api/v1/findings").status, 200) << user;
  }
  const std::string run_path = "/api/v1/findings/runs/" + std::to_string(run["id"].get<int64_t>());
  for (const char* user : kOutsiders) {
    for (const std::string& target : {path, std::string("/api/v1/findings"), std::string("/api/v1/findings/runs"),
                                      run_path, run_path + "/data-quality", run_path + "/data-quality/export",
                                      std::string("/api/v1/findings/departments"), std::string("/api/v1/findings/settings")}) {
      auto r = as(user).get(target);
      EXPECT_EQ(r.status, 404) << user << " " << target << ": " << r.body;
      EXPECT_EQ(r.body, absent.body) << user << " " << target;
    }
    for (const std::string& action : {"/dismiss", "/clue", "/assign"}) {
      auto r = as(user).post_json(path + action, {{"reason", "x"}, {"account_id", ids_[user]}});
      EXPECT_EQ(r.status, 404) << user << action << ": " << r.body;
      EXPECT_EQ(r.body, absent.body) << user << action;
    }
    auto create = as(user).post_json("/api/v1/findings/runs", {{"source", "directory"}, {"directory", "clean"}});
    EXPECT_EQ(create.status, 404) << user << ": " << create.body;
  }
  // Nothing an outsider tried changed the finding.
  auto still = as("shuji").get(path).json()["data"];
  EXPECT_EQ(still["status"], "open");
}

TEST_P(FindingsHttpTest, CadresComeFromTheOrganisationWhenAsked) {
  // The organisation's one leading cadre in service (the reported person of the fixture).
  {
    auto lease = db().acquire();
    auto n = lease->get().execute("UPDATE people SET is_leading_cadre = 1 WHERE id = ?", {reported_});
    ASSERT_TRUE(n.ok());
  }
  auto r = as("shuji").post_json("/api/v1/findings/runs", {{"source", "directory"}, {"directory", "clean"},
                                                           {"cadres_from", "database"}, {"as_of", "2024-06-30"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["data"]["cadres_from"], "database");
  json run = wait_done(r.json()["data"]["id"].get<int64_t>());
  ASSERT_EQ(run["state"], "done") << run.dump();
  // cadres.csv was the organisation's (one row), not the sample folder's.
  EXPECT_EQ(run["summary"]["rows"]["cadres.csv"], 1) << run.dump();
  // So no sample cadre is named, and the registry-only rules give exactly their findings.
  std::set<Triple> want;
  for (const auto& t : expected_findings("clean"))
    if (std::get<2>(t).empty()) want.insert(t);
  ASSERT_FALSE(want.empty());
  EXPECT_EQ(present_triples(), want);
  // Without a cadres.csv anywhere the run fails naming the file.
  auto up = as("shuji").post_json("/api/v1/findings/runs", {{"source", "upload"}, {"cadres_from", "upload"}});
  ASSERT_EQ(up.status, 200) << up.body;
  const int64_t id = up.json()["data"]["id"];
  ASSERT_EQ(as("shuji").post_json("/api/v1/findings/runs/" + std::to_string(id) + "/start").status, 200);
  json failed = wait_done(id);
  EXPECT_EQ(failed["state"], "failed");
  EXPECT_NE(failed["error_zh"].get<std::string>().find("cadres.csv"), std::string::npos) << failed.dump();
}

INSTANTIATE_TEST_SUITE_P(Both, FindingsHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf

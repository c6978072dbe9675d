// Tamper detection end to end on both databases: entries written by the real server,
// then edited, deleted or swapped directly in the database (SQL on the SQLite file or
// the PostgreSQL server); `qingfeng audit verify` exits 1 naming the entry, and the
// auditor's GET /audit/verify reports the same.
#include "identity_fixture.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "domain/audit/audit_log.h"

namespace qf::identity_testing {
namespace {

using qf::testing::HttpClient;

class AuditTamperTest : public IdentityServerTest {
 protected:
  // Sign-ins and an account change produce a chain of several entries.
  void produce_entries() {
    HttpClient c(server_->port());
    ASSERT_EQ(login(c, "renshi", "Wrong@Password1").status, 401);
    ASSERT_EQ(login(c, "renshi").status, 200);
    HttpClient s(server_->port());
    ASSERT_EQ(login(s, "sysadmin").status, 200);
    ASSERT_EQ(s.post_json("/api/v1/admin/accounts", {{"username", "zhaoliu"}, {"display_name", "赵六"}}).status, 200);
    ASSERT_GE(scalar("SELECT COUNT(*) FROM audit_log"), 4);
  }
  void exec(const std::string& sql) {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto st = lease->get().execute_script(sql);
    ASSERT_TRUE(st.ok()) << st.error().to_string();
  }
  qf::testing::CommandResult verify_cli() {
    return qf::testing::run_qingfeng({"--database", url(), "audit", "verify"});
  }
  nlohmann::json verify_api() {
    HttpClient a(server_->port());
    EXPECT_EQ(login(a, "auditor").status, 200);
    auto r = a.get("/api/v1/audit/verify");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  }
};

TEST_P(AuditTamperTest, IntactChainVerifies) {
  ASSERT_TRUE(server_);
  produce_entries();
  auto r = verify_cli();
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("intact"), std::string::npos) << r.out;
  auto v = verify_api();
  EXPECT_EQ(v["ok"], true);
  EXPECT_GE(v["checked"].get<int>(), 4);
}

TEST_P(AuditTamperTest, EditedEntryIsNamed) {
  ASSERT_TRUE(server_);
  produce_entries();
  exec("UPDATE audit_log SET summary = '登录成功 / signed in' WHERE seq = 1");  // hide the failure
  auto r = verify_cli();
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("审计日志第 1 条已被篡改"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("audit entry 1 was altered"), std::string::npos) << r.out;
  auto v = verify_api();
  EXPECT_EQ(v["ok"], false);
  EXPECT_EQ(v["first_bad_seq"], 1);
}

TEST_P(AuditTamperTest, DeletedEntryIsNamed) {
  ASSERT_TRUE(server_);
  produce_entries();
  exec("DELETE FROM audit_log WHERE seq = 2");
  auto r = verify_cli();
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("审计日志第 2 条已被删除"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("audit entry 2 was removed"), std::string::npos) << r.out;
  EXPECT_EQ(verify_api()["first_bad_seq"], 2);
}

TEST_P(AuditTamperTest, SwappedEntriesAreNamed) {
  ASSERT_TRUE(server_);
  produce_entries();
  exec("UPDATE audit_log SET seq = -1 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3; "
       "UPDATE audit_log SET seq = 3 WHERE seq = -1");
  auto r = verify_cli();
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("第 2 条顺序被调换"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("audit entry 2 was reordered"), std::string::npos) << r.out;
}

TEST_P(AuditTamperTest, AuditorQueriesWithFiltersAndExports) {
  ASSERT_TRUE(server_);
  produce_entries();
  HttpClient a(server_->port());
  ASSERT_EQ(login(a, "auditor").status, 200);
  auto failures = a.get("/api/v1/audit/entries?action=auth.login&actor=renshi");
  ASSERT_EQ(failures.status, 200) << failures.body;
  EXPECT_EQ(failures.json()["meta"]["total"], 2);
  EXPECT_EQ(failures.json()["data"][1]["success"], false);  // newest first: the failure is older
  auto created = a.get("/api/v1/audit/entries?action=account.create");
  ASSERT_EQ(created.status, 200);
  ASSERT_EQ(created.json()["meta"]["total"], 1);
  EXPECT_EQ(created.json()["data"][0]["actor"], "sysadmin");
  EXPECT_NE(created.json()["data"][0]["summary"].get<std::string>().find("zhaoliu"), std::string::npos);
  auto future = a.get("/api/v1/audit/entries?from=2999-01-01");
  EXPECT_EQ(future.json()["meta"]["total"], 0);
  EXPECT_EQ(a.get("/api/v1/audit/entries?from=yesterday").status, 400);
  auto xlsx = a.get("/api/v1/audit/entries/export?action=auth.login");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.export' AND actor = 'auditor'"), 1);
}

// #14: someone with the database but not the server key file edits an entry and
// recomputes every hash after it (what the chain was on today's main: plain SM3), then
// moves the head. The keyed chain names the edited entry; on main this passed.
TEST_P(AuditTamperTest, RecomputedChainWithoutTheKeyFileIsNamed) {
  ASSERT_TRUE(server_);
  produce_entries();
  std::vector<qf::audit::AuditEntry> all;
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    qf::audit::AuditFilter f;
    f.oldest_first = true;
    f.limit = 0;
    auto r = qf::audit::query(lease->get(), f);
    ASSERT_TRUE(r.ok());
    all = r->first;
  }
  ASSERT_GE(all.size(), 4u);
  EXPECT_EQ(all[0].hash_alg.rfind("hmac-sm3:", 0), 0u) << all[0].hash_alg;
  std::string prev = all[0].hash;
  for (size_t i = 1; i < all.size(); ++i) {
    auto& e = all[i];
    if (i == 1) e.event.summary = "（已改写）";
    e.hash_alg = "sm3";
    e.prev_hash = prev;
    e.hash = qf::audit::compute_hash(e).value();
    auto lease = db().acquire();
    ASSERT_TRUE(lease->get()
                    .execute("UPDATE audit_log SET summary = ?, hash_alg = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                             {e.event.summary, e.hash_alg, e.prev_hash, e.hash, e.seq})
                    .ok());
    prev = e.hash;
  }
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease->get().execute("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", {prev}).ok());
  }
  auto r = verify_cli();
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("审计日志第 2 条已被篡改"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("audit entry 2 was altered"), std::string::npos) << r.out;
  EXPECT_EQ(verify_api()["first_bad_seq"], 2);
}

// #14: a deleted tail with the head moved back verifies on its own; the checkpoint the
// auditor exported (page/API) or the operator wrote (CLI) and kept outside catches it.
TEST_P(AuditTamperTest, CheckpointKeptOutsideCatchesADeletedTail) {
  ASSERT_TRUE(server_);
  produce_entries();
  HttpClient a(server_->port());
  ASSERT_EQ(login(a, "auditor").status, 200);
  auto made = a.post_json("/api/v1/audit/checkpoints");
  ASSERT_EQ(made.status, 200) << made.body;
  const nlohmann::json cp = made.json()["data"];
  const int64_t seq = cp["seq"].get<int64_t>();
  ASSERT_GE(seq, 4);
  EXPECT_EQ(cp["hash"].get<std::string>().size(), 64u);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.checkpoint' AND actor = 'auditor'"), 1);
  const std::string file = ::testing::TempDir() + "qf-cp-" + std::to_string(::getpid()) + ".json";
  std::ofstream(file) << cp["text"].get<std::string>();
  // The CLI writes the same kind of checkpoint.
  const std::string cli_file = ::testing::TempDir() + "qf-cp-cli-" + std::to_string(::getpid()) + ".json";
  std::remove(cli_file.c_str());
  auto cli_cp = qf::testing::run_qingfeng({"--database", url(), "audit", "checkpoint", "--output", cli_file});
  ASSERT_EQ(cli_cp.exit_code, 0) << cli_cp.out << cli_cp.err;
  // Work goes on, then the tail from the checkpoint's entry on is deleted and the head
  // moved back to the entry before it.
  HttpClient h(server_->port());
  ASSERT_EQ(login(h, "renshi").status, 200);
  std::string hash_before;
  {
    auto lease = db().acquire();
    auto row = lease->get().query_one("SELECT hash FROM audit_log WHERE seq = ?", {seq - 1});
    ASSERT_TRUE(row.ok());
    hash_before = row->text("hash");
  }
  exec("DELETE FROM audit_log WHERE seq >= " + std::to_string(seq));
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease->get()
                    .execute("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1",
                             {seq - 1, hash_before})
                    .ok());
  }
  EXPECT_EQ(verify_cli().exit_code, 0);  // the chain alone cannot tell
  for (const auto& f : {file, cli_file}) {
    auto r = qf::testing::run_qingfeng({"--database", url(), "audit", "verify", "--checkpoint", f});
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("末尾的记录被删除"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("entries at the end were removed"), std::string::npos) << r.out;
  }
  auto v = a.post_json("/api/v1/audit/verify", {{"checkpoints", {cp["text"]}}});
  ASSERT_EQ(v.status, 200) << v.body;
  EXPECT_EQ(v.json()["data"]["ok"], false);
  EXPECT_EQ(v.json()["data"]["problem"], "checkpoint");
  EXPECT_EQ(v.json()["data"]["first_bad_seq"], seq);
  // An edited checkpoint is refused, naming it.
  nlohmann::json edited = nlohmann::json::parse(cp["text"].get<std::string>());
  edited["seq"] = seq - 2;
  auto bad = a.post_json("/api/v1/audit/verify", {{"checkpoints", {edited}}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_NE(bad.body.find("checkpoints[0]"), std::string::npos) << bad.body;
  std::remove(file.c_str());
  std::remove(cli_file.c_str());
}

// Checkpoints are the auditor's: no other administrator or business role makes or
// checks one.
TEST_P(AuditTamperTest, OnlyTheAuditorExportsOrChecksCheckpoints) {
  ASSERT_TRUE(server_);
  for (const char* user : {"sysadmin", "secadmin", "renshi", "zhigong"}) {
    HttpClient c(server_->port());
    ASSERT_EQ(login(c, user).status, 200) << user;
    EXPECT_EQ(c.post_json("/api/v1/audit/checkpoints").status, 403) << user;
    EXPECT_EQ(c.post_json("/api/v1/audit/verify", {{"checkpoints", nlohmann::json::array({"{}"})}}).status, 403)
        << user;
  }
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.checkpoint' AND success = 1"), 0);
}

INSTANTIATE_TEST_SUITE_P(Both, AuditTamperTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::identity_testing

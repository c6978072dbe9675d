// Tamper detection end to end on both databases: entries written by the real server,
// then edited, deleted or swapped directly in the database (SQL on the SQLite file or
// the PostgreSQL server); `qingfeng audit verify` exits 1 naming the entry, and the
// auditor's GET /audit/verify reports the same.
#include "identity_fixture.h"

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

INSTANTIATE_TEST_SUITE_P(Both, AuditTamperTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::identity_testing

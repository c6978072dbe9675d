// `qingfeng init`, `qingfeng user …` and `qingfeng audit verify` as an operator runs them,
// on both databases.
#include <gtest/gtest.h>

#include <cstdlib>

#include "support/server_process.h"
#include "support/test_databases.h"

namespace {

using qf::testing::run_qingfeng;

class IdentityCliTest : public qf::testing::DatabaseTest {
 protected:
  IdentityCliTest() {
    migrated_ = false;
    ::setenv("QF_BINARY", QF_IDENTITY_BINARY, 0);  // make test's QF_BINARY wins
  }
  // Cheap Argon2 through the environment overrides (the cost does not change behaviour).
  qf::testing::CommandResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--database", url()});
    return run_qingfeng(args, {{"QF_SECURITY_ARGON2_MEMLIMIT", "8388608"}, {"QF_SECURITY_ARGON2_OPSLIMIT", "1"}});
  }
  int64_t scalar(const std::string& sql) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auto r = lease->get().query_one(sql);
    EXPECT_TRUE(r.ok()) << sql;
    return r.ok() ? r->i64(0) : -1;
  }
};

TEST_P(IdentityCliTest, InitCreatesTheThreeAdministratorsOnceOnly) {
  auto first = run({"init"});
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
  for (const char* name : {"sysadmin", "secadmin", "auditor"})
    EXPECT_NE(first.out.find(std::string(name) + "  一次性密码 / one-time password: "), std::string::npos) << first.out;
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts WHERE must_change_password = 1"), 3);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM role_grants WHERE role IN ('sysadmin','secadmin','auditor')"), 3);
  const int64_t hashes = scalar("SELECT COUNT(DISTINCT password_hash) FROM accounts");
  auto second = run({"init"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out.find("one-time password"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("already exists"), std::string::npos);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts"), 3);
  EXPECT_EQ(scalar("SELECT COUNT(DISTINCT password_hash) FROM accounts"), hashes);
  auto verify = run({"audit", "verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
  EXPECT_NE(verify.out.find("3 entries checked"), std::string::npos) << verify.out;
}

TEST_P(IdentityCliTest, UserAddLockUnlockPasswdList) {
  auto add = run({"user", "add", "zhangsan", "--name", "张三", "--role", "dept_head:unit", "--role", "staff"});
  ASSERT_EQ(add.exit_code, 0) << add.out << add.err;
  EXPECT_NE(add.out.find("one-time password: "), std::string::npos);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM role_grants"), 2);
  auto dup = run({"user", "add", "zhangsan", "--name", "张三"});
  EXPECT_EQ(dup.exit_code, 1);
  EXPECT_NE(dup.err.find("用户名已存在"), std::string::npos) << dup.err;
  auto badrole = run({"user", "add", "lisi", "--name", "李四", "--role", "king"});
  EXPECT_NE(badrole.exit_code, 0);
  EXPECT_NE(badrole.err.find("Unknown role: king"), std::string::npos) << badrole.err;
  auto mixed = run({"user", "add", "wangwu", "--name", "王五", "--role", "auditor", "--role", "staff"});
  EXPECT_EQ(mixed.exit_code, 1);
  EXPECT_NE(mixed.err.find("三员分立"), std::string::npos) << mixed.err;
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts"), 1);  // nothing of the refused ones stored

  ASSERT_EQ(run({"user", "lock", "zhangsan"}).exit_code, 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts WHERE locked_until IS NOT NULL"), 1);
  auto list = run({"user", "list"});
  ASSERT_EQ(list.exit_code, 0);
  EXPECT_NE(list.out.find("locked"), std::string::npos) << list.out;
  ASSERT_EQ(run({"user", "unlock", "zhangsan"}).exit_code, 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts WHERE locked_until IS NOT NULL"), 0);
  const int64_t before = scalar("SELECT password_changed_at FROM accounts");
  auto pw = run({"user", "passwd", "zhangsan"});
  ASSERT_EQ(pw.exit_code, 0) << pw.err;
  EXPECT_NE(pw.out.find("one-time password: "), std::string::npos);
  EXPECT_GE(scalar("SELECT password_changed_at FROM accounts"), before);
  EXPECT_EQ(run({"user", "lock", "nobody"}).exit_code, 1);
  // Every change is in the audit log, and the chain is intact.
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE actor = 'system'"), 4);
  EXPECT_EQ(run({"audit", "verify"}).exit_code, 0);
}

// Issue 14: the console (database access on the server) is the way back for the
// administrators' own lock-outs, not a way around the discipline holder's approval.
TEST_P(IdentityCliTest, TheConsoleGrantsNoCaseRoleAndResetsNoCaseAccount) {
  // A fresh database: the first discipline secretary is set up at the console.
  auto first = run({"user", "add", "jiwei", "--name", "纪委书记", "--role", "discipline_secretary:unit"});
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
  // From then on no case role is granted there (today's main created this account)…
  auto mole = run({"user", "add", "mole", "--name", "鼹鼠", "--role", "discipline_member"});
  EXPECT_EQ(mole.exit_code, 1) << mole.out;
  EXPECT_NE(mole.err.find("控制台不能"), std::string::npos) << mole.err;
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts WHERE username = 'mole'"), 0);
  // …and no case account's password or TOTP is reset there.
  auto pw = run({"user", "passwd", "jiwei"});
  EXPECT_EQ(pw.exit_code, 1);
  EXPECT_EQ(pw.out.find("one-time password"), std::string::npos) << pw.out;
  EXPECT_NE(pw.err.find("approved by the discipline secretary"), std::string::npos) << pw.err;
  EXPECT_EQ(run({"user", "reset-totp", "jiwei"}).exit_code, 1);
  // An administrator locked out still gets back in at the console.
  ASSERT_EQ(run({"user", "add", "sysadmin", "--name", "系统管理员", "--role", "sysadmin"}).exit_code, 0);
  auto admin = run({"user", "passwd", "sysadmin"});
  ASSERT_EQ(admin.exit_code, 0) << admin.err;
  EXPECT_NE(admin.out.find("one-time password: "), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Both, IdentityCliTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace

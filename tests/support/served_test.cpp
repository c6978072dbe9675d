#include "support/served_test.h"

#include "core/clock.h"
#include "core/config.h"
#include "domain/auth/accounts.h"

namespace qf::testing {

int64_t add_test_account(store::Connection& conn, const std::string& username,
                         const std::vector<auth::RoleGrant>& grants, std::optional<int64_t> person_id,
                         const std::string& display_name) {
  SecurityConfig sec;
  sec.argon2_memlimit = 8LL * 1024 * 1024;  // fast hashing for tests
  auth::NewAccount n;
  n.username = username;
  n.display_name = display_name.empty() ? username : display_name;
  n.person_id = person_id;
  n.password = kTestPassword;
  n.must_change_password = false;
  const int64_t now = SystemClock().now_ms();
  auto id = auth::create_account(conn, sec, n, now);
  if (!id.ok()) {
    ADD_FAILURE() << "account " << username << ": " << id.error().to_string();
    return 0;
  }
  auto granted = auth::grant_roles(conn, *id, grants, std::nullopt, now);
  if (!granted.ok()) ADD_FAILURE() << "roles of " << username << ": " << granted.error().to_string();
  return *id;
}

std::unique_ptr<HttpClient> signed_in_client(uint16_t port, const std::string& username, const std::string& password) {
  auto c = std::make_unique<HttpClient>(port);
  auto r = c->post_json("/api/v1/auth/login", {{"username", username}, {"password", password}});
  EXPECT_EQ(r.status, 200) << username << ": " << r.body;
  c->adopt_csrf(r);
  return c;
}

std::string refused_start_text(const std::string& database_url, const std::string& config_toml) {
  ServerProcessOptions o;
  o.database_url = database_url;
  o.config_toml = config_toml;
  o.start_timeout_ms = 30000;
  auto s = ServerProcess::start(o);
  if (s.ok()) {
    ADD_FAILURE() << "the server started with this configuration:\n" << config_toml;
    (*s)->stop();
    return {};
  }
  return s.error().message_en + "\n" + s.error().message_zh + "\n" + s.error().internal_detail;
}

void ServedDatabaseTest::SetUp() {
  if (qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
  DatabaseTest::SetUp();
  if (IsSkipped() || HasFatalFailure()) return;  // no PostgreSQL (QF_TEST_PG_URL unset)
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok()) << lease.error().to_string();
    seed(lease->get());
  }
  if (HasFailure()) return;
  ServerProcessOptions o;
  o.database_url = url();
  configure(o);
  auto s = ServerProcess::start(o);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  server_ = std::move(*s);
}

void ServedDatabaseTest::TearDown() {
  if (server_) {
    EXPECT_EQ(server_->stop(), 0) << server_->output();
  }
  server_.reset();
  DatabaseTest::TearDown();
}

int64_t ServedDatabaseTest::audit_count(const std::string& action) {
  auto lease = db().acquire();
  if (!lease.ok()) return -1;
  auto row = lease->get().query_one("SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND success = 1", {action});
  return row.ok() ? row->i64("n") : -1;
}

}  // namespace qf::testing

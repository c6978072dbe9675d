#pragma once
// Tests that drive a real `qingfeng serve` over HTTP, on both databases.
//
//   class MyHttpTest : public testing::ServedDatabaseTest {
//     void seed(store::Connection& conn) override {      // data and accounts, before start
//       testing::add_test_account(conn, "jiwei", {{auth::Role::kDisciplineSecretary, auth::ScopeKind::kUnit, {}}});
//     }
//     void configure(testing::ServerProcessOptions& o) override { o.config_toml = "[clues]\n…"; }
//   };
//   TEST_P(MyHttpTest, X) { auto c = login("jiwei"); c->get("/api/v1/…"); }
//
// SetUp skips when the qingfeng binary is unknown (QF_BINARY) or PostgreSQL is not
// configured, calls seed() inside one connection lease, then starts the server on the
// test database; TearDown expects it to stop cleanly (exit code 0).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/auth/principal.h"
#include "store/database.h"
#include "support/http_client.h"
#include "support/server_process.h"
#include "support/test_databases.h"

namespace qf::testing {

// The password of every account add_test_account creates.
inline constexpr const char* kTestPassword = "Qingfeng@2026";

// An active account with kTestPassword (hashed with cheap Argon2 settings), no forced
// password change, the given grants, optionally linked to a person. Records a test
// failure and returns 0 when the store refuses it. `display_name` defaults to the username.
int64_t add_test_account(store::Connection& conn, const std::string& username,
                         const std::vector<auth::RoleGrant>& grants, std::optional<int64_t> person_id = std::nullopt,
                         const std::string& display_name = "");

// A client of the server on `port`, signed in as `username` (expects 200) with the
// CSRF token adopted, ready for writes.
std::unique_ptr<HttpClient> signed_in_client(uint16_t port, const std::string& username,
                                             const std::string& password = kTestPassword);

// Starts `qingfeng serve` with this configuration, expecting it to REFUSE to start;
// returns every text of the refusal (both languages and the detail) for assertions, and
// records a failure (stopping the server) when it did start.
std::string refused_start_text(const std::string& database_url, const std::string& config_toml);

class ServedDatabaseTest : public DatabaseTest {
 protected:
  void SetUp() override;
  void TearDown() override;
  virtual void seed(store::Connection&) {}
  virtual void configure(ServerProcessOptions&) {}

  std::unique_ptr<HttpClient> login(const std::string& username) { return signed_in_client(server_->port(), username); }
  // Successful audit entries with this action (-1 when the count fails).
  int64_t audit_count(const std::string& action);
  bool started() const { return server_ != nullptr; }

  std::unique_ptr<ServerProcess> server_;
};

}  // namespace qf::testing

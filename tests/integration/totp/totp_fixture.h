#pragma once
// Shared by the TOTP-at-rest tests: a fresh database per test on both dialects, a
// private folder with server key files, cheap Argon2 settings, and helpers to make an
// account with TOTP enabled and to read the raw totp_secret column.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/config.h"
#include "domain/auth/accounts.h"
#include "domain/auth/credentials.h"
#include "domain/auth/server_key.h"
#include "domain/auth/totp.h"
#include "support/test_databases.h"

namespace qf::totp_testing {

namespace fs = std::filesystem;
inline constexpr const char* kPassword = "Qingfeng@2026";

// A folder removed with the fixture.
inline fs::path private_folder(const std::string& what) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string(info->test_suite_name()) + "-" + info->name();
  for (char& ch : name)
    if (ch == '/') ch = '_';
  fs::path p = fs::temp_directory_path() / ("qf-" + what + "-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

class TotpDatabaseTest : public qf::testing::DatabaseTest {
 protected:
  void SetUp() override {
    qf::testing::DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    dir_ = private_folder("totp");
    sec.argon2_opslimit = 1;
    sec.argon2_memlimit = 8 * 1024 * 1024;
    sec.login_rate_per_minute = 1000;
    sec.secret_key_file = (dir_ / "qingfeng.key").string();
    auto key = auth::ensure_server_key(sec.secret_key_file);
    ASSERT_TRUE(key.ok()) << key.error().to_string();
  }
  void TearDown() override {
    qf::testing::DatabaseTest::TearDown();
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }

  int64_t make_account(const std::string& username) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auth::NewAccount a{username, username, std::nullopt, kPassword, false};
    auto id = auth::create_account(lease->get(), sec, a, now_ms());
    EXPECT_TRUE(id.ok()) << id.error().to_string();
    return id.ok() ? *id : 0;
  }
  // Enrols and enables TOTP at now_ms() (the code of the previous step), returning the
  // base32 secret the user's authenticator app holds.
  std::string enable_totp_for(int64_t id) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auto setup = auth::begin_totp_setup(lease->get(), sec, id);
    EXPECT_TRUE(setup.ok()) << setup.error().to_string();
    if (!setup.ok()) return {};
    auto st = auth::enable_totp(lease->get(), sec, id, auth::totp::code_at(setup->secret, step() - 1), now_ms());
    EXPECT_TRUE(st.ok()) << st.error().to_string();
    return setup->secret;
  }
  std::optional<std::string> raw_secret(int64_t id) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auto r = lease->get().query_one("SELECT totp_secret FROM accounts WHERE id = ?", {id});
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->opt_text("totp_secret") : std::nullopt;
  }
  void exec(const std::string& sql, const store::Params& params = {}) {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto n = lease->get().execute(sql, params);
    ASSERT_TRUE(n.ok()) << n.error().to_string();
  }
  int64_t scalar(const std::string& sql, const store::Params& params = {}) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auto r = lease->get().query_one(sql, params);
    EXPECT_TRUE(r.ok()) << sql;
    return r.ok() ? r->i64(0) : -1;
  }
  // A fixed instant in the middle of a 30-second step, so codes of step()-1..step()+1 are valid.
  static int64_t now_ms() { return 1790000000LL * 1000 + 15000 - (1790000000LL % 30) * 1000; }
  static int64_t step() { return now_ms() / 1000 / 30; }

  SecurityConfig sec;
  fs::path dir_;
};

}  // namespace qf::totp_testing

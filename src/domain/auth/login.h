#pragma once
// Signing in (登录): rate limit per client address, password check (Argon2id; a dummy
// hash for unknown usernames), optional TOTP, then a new session. Failed sign-ins are
// counted per (name typed, client address) in the database (shared by all server
// processes): from the security.lockout_failures-th on, that pair waits 30 s, doubling
// with each further failure up to lockout_minutes. Failures never lock the account
// (nobody can keep another person out) and a name that is no account is treated
// exactly like one that is (no enumeration); only an administrator's lock
// (accounts.h: lock_account) locks, and it is told only to who knows the password.
// Writes its own audit entries — auth.login (success or failure, with the reason),
// auth.throttle — never a password, never a name that is no account.
#include <cstdint>
#include <optional>
#include <string>

#include "core/config.h"
#include "core/result.h"
#include "domain/auth/accounts.h"
#include "domain/auth/sessions.h"

namespace qf::store { class Database; }

namespace qf::auth {

struct LoginAttempt {
  std::string username;
  std::string password;
  std::optional<std::string> totp_code;
  std::string client_addr;
  std::string user_agent;
};

struct LoginSuccess {
  Account account;
  SessionTokens session;
  bool must_change_password = false;
  bool totp_setup_required = false;
};

// Errors: auth.rate_limited (429), auth.throttled (429, the time in the message),
// auth.bad_credentials (401), auth.locked (423, field "locked_until": an
// administrator's lock, after the right password), auth.totp_required (401, field
// totp_code), auth.totp_invalid (401, field totp_code; counts as a failure).
Result<LoginSuccess> login(store::Database& db, const SecurityConfig& sec, const LoginAttempt& attempt,
                           int64_t now_ms);

// "YYYY-MM-DD HH:MM" Beijing time, for messages.
std::string beijing_time(int64_t ms);

}  // namespace qf::auth

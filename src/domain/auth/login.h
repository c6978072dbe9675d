#pragma once
// Signing in (登录): rate limit per client address, password check (Argon2id; a dummy
// hash for unknown usernames), lockout after security.lockout_failures consecutive
// failures for lockout_minutes (counter on the account row, shared by all server
// processes), optional TOTP, then a new session. Writes its own audit entries —
// auth.login (success or failure, with the reason), auth.lockout — never a password.
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

// Errors: auth.rate_limited (429), auth.bad_credentials (401), auth.locked (423, field
// "locked_until", the time in the message), auth.totp_required (401, field totp_code),
// auth.totp_invalid (401, field totp_code; counts as a failure).
Result<LoginSuccess> login(store::Database& db, const SecurityConfig& sec, const LoginAttempt& attempt,
                           int64_t now_ms);

// "YYYY-MM-DD HH:MM" Beijing time, for messages.
std::string beijing_time(int64_t ms);

}  // namespace qf::auth

#pragma once
// Server-side sessions (会话): a random 256-bit token goes to the browser in the
// qf_session cookie; the database keeps only its SHA-256, with the CSRF token, the
// last activity (idle timeout) and the absolute expiry. Every `qingfeng serve` process
// on one database sees the same sessions; nothing is cached in the process.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/result.h"
#include "domain/auth/principal.h"

namespace qf::store { class Connection; }

namespace qf::auth {

// last_seen_at is written at most this often per session, to keep the hot path cheap.
inline constexpr int64_t kTouchIntervalMs = 5000;

struct SessionTokens {
  int64_t session_id = 0;
  std::string token;       // for the cookie only; never stored or logged
  std::string csrf_token;  // returned to the page; checked on state-changing requests
};

Result<SessionTokens> start_session(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                                    int64_t now_ms, std::string_view client_addr, std::string_view user_agent);

// Resolves a session token into its Principal (grants, permissions, data scope,
// session id and CSRF token). kUnauthenticated "auth.unauthenticated" for an unknown
// token or a disabled account; "auth.session_expired" after the idle timeout
// (security.session_idle_minutes) or the absolute lifetime (session_absolute_hours),
// deleting the session. Refreshes last_seen_at when older than kTouchIntervalMs
// (always when `touch` is set, for POST /auth/touch).
Result<Principal> authenticate_session(store::Connection& conn, const SecurityConfig& sec, std::string_view token,
                                       int64_t now_ms, bool touch = false);

Status end_session(store::Connection& conn, int64_t session_id);
// After a password change: every other session of the account ends.
Status end_other_sessions(store::Connection& conn, int64_t account_id, int64_t keep_session_id);

// Removes expired sessions and old rate-limit windows (called now and then by login).
Status prune_sessions(store::Connection& conn, const SecurityConfig& sec, int64_t now_ms);

Error unauthenticated();
Error session_expired();

}  // namespace qf::auth

// Session creation, lookup with idle/absolute timeouts, and ending sessions.
#include "domain/auth/sessions.h"

#include "domain/auth/account_row.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/passwords.h"
#include "domain/auth/permissions.h"
#include "store/database.h"

namespace qf::auth {

Error unauthenticated() {
  return Error::make(ErrorKind::kUnauthenticated, "auth.unauthenticated", "请先登录", "Please sign in");
}

Error session_expired() {
  return Error::make(ErrorKind::kUnauthenticated, "auth.session_expired", "会话已超时，请重新登录",
                     "Your session has expired; please sign in again");
}

Result<SessionTokens> start_session(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                                    int64_t now_ms, std::string_view client_addr, std::string_view user_agent) {
  SessionTokens t;
  t.token = random_token(32);
  t.csrf_token = random_token(32);
  const int64_t expires = now_ms + int64_t{sec.session_absolute_hours} * 3600 * 1000;
  QF_TRY(t.session_id, conn.insert(store::sql(conn, "auth/session_insert"),
                                   {token_hash(t.token), account_id, t.csrf_token, now_ms, now_ms, expires,
                                    std::string(client_addr), std::string(user_agent.substr(0, 300))}));
  return t;
}

Result<Principal> authenticate_session(store::Connection& conn, const SecurityConfig& sec, std::string_view token,
                                       int64_t now_ms, bool touch) {
  if (token.empty() || token.size() > 128) return unauthenticated();
  // Session, account and grants in one query (one row per grant).
  QF_TRY(store::ResultSet rows, conn.query(store::sql(conn, "auth/session_lookup"), {token_hash(token)}));
  if (rows.empty()) return unauthenticated();
  const store::Row& r = rows.front();
  const int64_t session_id = r.i64("session_id");
  const int64_t last_seen = r.i64("last_seen_at");
  const int64_t idle_ms = int64_t{sec.session_idle_minutes} * 60 * 1000;
  if (now_ms - last_seen > idle_ms || now_ms >= r.i64("expires_at")) {
    QF_TRY_STATUS(end_session(conn, session_id));
    return session_expired();
  }
  Account a = account_from_row(r);
  if (a.status != "active") {
    QF_TRY_STATUS(end_session(conn, session_id));
    return unauthenticated();
  }
  if (touch || now_ms - last_seen >= kTouchIntervalMs) {
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/session_touch"), {now_ms, session_id, now_ms}));
    (void)n;
  }
  Principal p;
  p.account_id = a.id;
  p.person_id = a.person_id;
  p.username = a.username;
  p.display_name = a.display_name;
  for (const store::Row& g : rows) {
    if (g.is_null("grant_role")) continue;
    auto role = role_from_code(g.text("grant_role"));
    auto scope = scope_from_code(g.text("grant_scope"));
    if (!role || !scope) continue;  // a code from a newer binary: ignored, as grants_of() does
    p.grants.push_back(RoleGrant{*role, *scope, g.opt_i64("grant_scope_ref")});
  }
  p.permissions = permissions_of(p.grants);
  QF_TRY_STATUS(resolve_data_scope(conn, p, now_ms));
  p.session_id = session_id;
  p.csrf_token = r.text("csrf_token");
  const int64_t max_age_ms = int64_t{sec.password.max_age_days} * 86400 * 1000;
  p.must_change_password =
      a.must_change_password || (max_age_ms > 0 && now_ms - a.password_changed_at_ms > max_age_ms);
  p.totp_setup_required = sec.totp_required_for_admins && p.is_admin() && !a.totp_enabled;
  return p;
}

Status end_session(store::Connection& conn, int64_t session_id) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/session_delete"), {session_id}));
  (void)n;
  return {};
}

Status end_other_sessions(store::Connection& conn, int64_t account_id, int64_t keep_session_id) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/sessions_delete_others"), {account_id, keep_session_id}));
  (void)n;
  return {};
}

Status prune_sessions(store::Connection& conn, const SecurityConfig& sec, int64_t now_ms) {
  const int64_t idle_ms = int64_t{sec.session_idle_minutes} * 60 * 1000;
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/sessions_prune"), {now_ms, now_ms - idle_ms}));
  QF_TRY(int64_t k, conn.execute(store::sql(conn, "auth/rate_prune"), {now_ms - 10 * 60 * 1000}));
  (void)n;
  (void)k;
  return {};
}

}  // namespace qf::auth

// The sign-in flow. The slow password hash runs outside any transaction; the counter
// updates and the audit entries are written in short transactions.
#include "domain/auth/login.h"
#include "core/calendar.h"

#include <algorithm>
#include <cstdio>

#include <sodium.h>

#include "domain/audit/audit_event.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/passwords.h"
#include "domain/auth/totp.h"
#include "domain/auth/totp_seal.h"
#include "store/database.h"

namespace qf::auth {
namespace {

struct Outcome {
  std::optional<Error> error;
  std::optional<LoginSuccess> success;
};

audit::AuditEvent login_event(const LoginAttempt& at, const std::optional<Account>& a, const std::string& roles,
                              bool success, std::string summary, int64_t now_ms) {
  audit::AuditEvent ev;
  ev.account_id = a ? std::optional<int64_t>(a->id) : std::nullopt;
  ev.actor = a ? a->username : "anonymous";  // a name that is no account may be a mistyped password
  ev.roles = roles;
  ev.action = "auth.login";
  ev.object_type = "account";
  ev.object_id = a ? std::to_string(a->id) : "";
  ev.summary = std::move(summary);
  ev.client_addr = at.client_addr;
  ev.success = success;
  ev.at_ms = now_ms;
  return ev;
}

Error bad_credentials() {
  return Error::make(ErrorKind::kUnauthenticated, "auth.bad_credentials", "用户名或密码错误",
                     "Wrong username or password");
}

Error locked(int64_t until_ms) {
  // An administrative lock (accounts.h: lock_account) lasts until unlocked. Timed locks
  // are no longer set by failures (see throttled); one left by an earlier version runs out.
  if (until_ms > (int64_t{1} << 61))
    return Error::make(ErrorKind::kLocked, "auth.locked", "账号已被管理员锁定，请联系系统管理员解锁",
                       "The account was locked by the administrator; ask the system administrator to unlock it",
                       "locked_until");
  const std::string t = beijing_time(until_ms);
  return Error::make(ErrorKind::kLocked, "auth.locked", "账号已锁定，请于 " + t + " 后再试或联系系统管理员解锁",
                     "The account is locked until " + t + " (Beijing time); try again then or ask the system "
                     "administrator to unlock it",
                     "locked_until");
}

// The answer while a (name typed, address) pair waits: the same whether the name is an
// account or not, so it tells nothing about which names exist.
Error throttled(int64_t until_ms) {
  const std::string t = beijing_time(until_ms);
  return Error::make(ErrorKind::kRateLimited, "auth.throttled",
                     "登录失败次数过多，请于 " + t + " 后再试；忘记密码请联系系统管理员",
                     "Too many failed sign-ins: try again after " + t +
                         " (Beijing time), or ask the system administrator if you forgot the password");
}

// The throttle's subject: BLAKE2b of the lower-cased name typed and the client address
// (no name typed is stored in clear: it may be a password typed into the wrong field).
std::string throttle_subject(const LoginAttempt& at) {
  std::string name = at.username;
  for (char& ch : name)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  const std::string input = "qf-login-throttle-1" + std::string(1, '\0') + name + std::string(1, '\0') + at.client_addr;
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(input.data()), input.size(), nullptr, 0);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : h) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
  return out;
}

std::string roles_text(store::Connection& conn, int64_t account_id) {
  auto g = grants_of(conn, account_id);
  if (!g.ok()) return "";
  std::string out;
  for (const auto& x : *g) {
    std::string c(role_code(x.role));
    if (out.find(c) != std::string::npos) continue;
    if (!out.empty()) out += ',';
    out += c;
  }
  return out;
}

constexpr int64_t kDayMs = 86400LL * 1000;

// Records a failed attempt of the (name, address) subject, and of the account when the
// name is one: counts, audits, and from the lockout_failures-th failure on makes that
// subject wait 30 s, doubling with each further failure up to lockout_minutes.
Status record_failure(store::Connection& conn, const SecurityConfig& sec, const LoginAttempt& at,
                      const std::string& subject, const std::optional<Account>& a, const std::string& why_zh,
                      const std::string& why_en, int64_t now_ms, std::optional<Error>& error) {
  const std::string roles = a ? roles_text(conn, a->id) : "";
  QF_TRY(store::Row r, conn.query_one(store::sql(conn, "auth/throttle_fail"),
                                      {subject, a ? store::Value(a->id) : store::Value(nullptr), now_ms, now_ms - kDayMs}));
  const int64_t failures = r.i64(0);
  if (a) {
    QF_TRY(store::Row f, conn.query_one(store::sql(conn, "auth/account_fail"), {a->id}));
    (void)f;
  }
  QF_TRY_STATUS(audit::append(conn, login_event(at, a, roles, false,
                                                why_zh + "（本地址连续第 " + std::to_string(failures) + " 次失败） / " +
                                                    why_en + " (consecutive failure " + std::to_string(failures) +
                                                    " from this address)",
                                                now_ms)));
  error = bad_credentials();
  if (failures >= sec.lockout_failures) {
    const int64_t cap = int64_t{sec.lockout_minutes} * 60 * 1000;
    const int64_t doublings = std::min<int64_t>(failures - sec.lockout_failures, 20);
    const int64_t until = now_ms + std::min(cap, int64_t{30000} << doublings);
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/throttle_block"), {until, subject}));
    (void)n;
    if (a) {
      QF_TRY(int64_t m, conn.execute(store::sql(conn, "auth/account_throttled"), {until, a->id, until}));
      (void)m;
    }
    audit::AuditEvent ev = login_event(at, a, roles, true,
                                       "本地址连续 " + std::to_string(failures) + " 次登录失败，须等待至 " +
                                           beijing_time(until) + " / " + std::to_string(failures) +
                                           " failed sign-ins from this address: it waits until " + beijing_time(until),
                                       now_ms);
    ev.action = "auth.throttle";
    QF_TRY_STATUS(audit::append(conn, ev));
    error = throttled(until);
  }
  return {};
}

}  // namespace

std::string beijing_time(int64_t ms) { return beijing_date(ms) + " " + business_clock_time(ms); }

Result<LoginSuccess> login(store::Database& db, const SecurityConfig& sec, const LoginAttempt& at, int64_t now_ms) {
  // 1. Rate limit per address (own transaction: the count must stick even on failure).
  const int64_t window = now_ms / 60000 * 60000;
  QF_TRY(int64_t attempts, db.transaction([&](store::Connection& c) -> Result<int64_t> {
    QF_TRY(store::Row r, c.query_one(store::sql(c, "auth/rate_hit"), {at.client_addr, window}));
    if (now_ms % 97 == 0) {  // now and then
      QF_TRY_STATUS(prune_sessions(c, sec, now_ms));
      QF_TRY(int64_t pruned, c.execute(store::sql(c, "auth/throttle_prune"), {now_ms, now_ms - kDayMs}));
      (void)pruned;
    }
    const int64_t n = r.i64(0);
    if (n > sec.login_rate_per_minute) {
      QF_TRY_STATUS(audit::append(c, login_event(at, std::nullopt, "", false,
                                                 "登录过于频繁，已拒绝 / too many sign-in attempts from this address",
                                                 now_ms)));
    }
    return n;
  }));
  if (attempts > sec.login_rate_per_minute)
    return Error::make(ErrorKind::kRateLimited, "auth.rate_limited", "登录尝试过于频繁，请一分钟后再试",
                       "Too many sign-in attempts; try again in a minute");

  // 2. Look the account up, and the (name, address) pair's delay, then check the
  // password outside any transaction. Every path runs one Argon2id check.
  const std::string subject = throttle_subject(at);
  std::optional<Account> account;
  int64_t blocked_until = 0;
  {
    QF_TRY(auto lease, db.acquire());
    QF_TRY(account, find_by_username(lease.get(), at.username));
    QF_TRY(store::ResultSet t, lease.get().query(store::sql(lease.get(), "auth/throttle_get"), {subject}));
    if (!t.empty()) blocked_until = t.front().i64("blocked_until");
  }
  const std::optional<Account> known = account && account->status == "active" ? account : std::nullopt;
  if (blocked_until > now_ms) {
    verify_dummy_password(sec, at.password);
    QF_TRY_STATUS(db.transaction([&](store::Connection& c) -> Status {
      return audit::append(c, login_event(at, known, known ? roles_text(c, known->id) : "", false,
                                          "登录等待期内，已拒绝 / refused: sign-ins from this address wait until " +
                                              beijing_time(blocked_until),
                                          now_ms));
    }));
    return throttled(blocked_until);
  }
  if (!known) {
    verify_dummy_password(sec, at.password);
    QF_TRY(std::optional<Error> error, db.transaction([&](store::Connection& c) -> Result<std::optional<Error>> {
      std::optional<Error> e;
      QF_TRY_STATUS(record_failure(c, sec, at, subject, std::nullopt,
                                   account ? "账号已停用" : "用户名不存在", account ? "account disabled" : "unknown username",
                                   now_ms, e));
      return e;
    }));
    return std::move(*error);
  }
  QF_TRY(store::Row secrets, [&]() -> Result<store::Row> {
    QF_TRY(auto lease, db.acquire());
    return lease.get().query_one(store::sql(lease.get(), "auth/account_secrets"), {account->id});
  }());
  const bool password_ok = verify_password(secrets.text("password_hash"), at.password);
  // An administrator's lock is told only to whoever knows the password: to anyone else
  // the account answers as every other name does.
  if (password_ok && account->locked_at(now_ms)) {
    QF_TRY_STATUS(db.transaction([&](store::Connection& c) -> Status {
      return audit::append(c, login_event(at, account, roles_text(c, account->id), false,
                                          "账号已锁定，拒绝登录 / account is locked", now_ms));
    }));
    return locked(*account->locked_until_ms);
  }

  // The sealed TOTP secret opens only with the right server key file (totp_seal.h). When
  // it does not, the user sees a generic "second-factor check failed", the cause goes
  // to the audit entry and (internal_detail) the server log; it is not the user's
  // failure, so the lockout counter is left alone — and never is the factor skipped.
  std::string totp_secret;
  if (password_ok && secrets.boolean("totp_enabled") && at.totp_code && !at.totp_code->empty()) {
    auto opened = [&]() -> Result<std::string> {
      QF_TRY(ServerKey key, totp_server_key(sec));
      return open_totp_secret(key, account->id, secrets.text("totp_secret"));
    }();
    if (!opened.ok()) {
      Error e = opened.take_error();
      QF_TRY_STATUS(db.transaction([&](store::Connection& c) -> Status {
        return audit::append(c, login_event(at, account, roles_text(c, account->id), false,
                                            "二次验证无法进行 / second-factor check could not run: " +
                                                e.internal_detail,
                                            now_ms));
      }));
      return e;
    }
    totp_secret = std::move(opened).value();
  }

  // 3. Record the outcome: counters, TOTP step, session, audit — one transaction.
  QF_TRY(Outcome out, db.transaction([&](store::Connection& c) -> Result<Outcome> {
    Outcome o;
    if (!password_ok) {
      QF_TRY_STATUS(record_failure(c, sec, at, subject, account, "密码错误", "wrong password", now_ms, o.error));
      return o;
    }
    if (secrets.boolean("totp_enabled")) {
      if (!at.totp_code || at.totp_code->empty()) {
        o.error = Error::make(ErrorKind::kUnauthenticated, "auth.totp_required", "请输入动态口令",
                              "Enter the code from your authenticator app", "totp_code");
        return o;
      }
      auto step = totp::match(totp_secret, *at.totp_code, now_ms, secrets.i64("totp_last_step"));
      int64_t claimed = 0;
      if (step) {
        QF_TRY(claimed, c.execute(store::sql(c, "auth/account_totp_step"), {*step, account->id, *step}));
      }
      if (claimed == 0) {
        QF_TRY_STATUS(record_failure(c, sec, at, subject, account, "动态口令错误或已使用", "wrong or reused TOTP code",
                                     now_ms, o.error));
        if (o.error && o.error->code == "auth.bad_credentials")
          o.error = Error::make(ErrorKind::kUnauthenticated, "auth.totp_invalid", "动态口令错误或已使用过",
                                "The code is wrong or was already used", "totp_code");
        return o;
      }
    }
    QF_TRY(int64_t n, c.execute(store::sql(c, "auth/account_login_ok"), {now_ms, account->id}));
    (void)n;
    QF_TRY(int64_t cleared, c.execute(store::sql(c, "auth/throttle_clear"), {subject}));
    (void)cleared;
    LoginSuccess ok;
    ok.account = *account;
    QF_TRY(ok.session, start_session(c, sec, account->id, now_ms, at.client_addr, at.user_agent));
    const std::string roles = roles_text(c, account->id);
    const int64_t max_age_ms = int64_t{sec.password.max_age_days} * 86400 * 1000;
    ok.must_change_password = account->must_change_password ||
                              (max_age_ms > 0 && now_ms - account->password_changed_at_ms > max_age_ms);
    const bool is_admin = roles.find("sysadmin") != std::string::npos || roles.find("secadmin") != std::string::npos ||
                          roles.find("auditor") != std::string::npos;
    ok.totp_setup_required = sec.totp_required_for_admins && is_admin && !secrets.boolean("totp_enabled");
    QF_TRY_STATUS(audit::append(c, login_event(at, account, roles, true, "登录成功 / signed in", now_ms)));
    o.success = std::move(ok);
    return o;
  }));
  sodium_memzero(totp_secret.data(), totp_secret.size());
  if (out.error) return std::move(*out.error);
  return std::move(*out.success);
}

}  // namespace qf::auth

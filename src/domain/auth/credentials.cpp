// Own-password change and TOTP enrolment.
#include "domain/auth/credentials.h"

#include <sodium.h>

#include "domain/auth/accounts.h"
#include "domain/auth/passwords.h"
#include "domain/auth/sessions.h"
#include "domain/auth/totp.h"
#include "domain/auth/totp_seal.h"
#include "store/database.h"

namespace qf::auth {

Status check_own_password(store::Connection& conn, int64_t account_id, std::string_view password,
                          const std::string& field) {
  QF_TRY(store::Row s, conn.query_one(store::sql(conn, "auth/account_secrets"), {account_id}));
  if (!verify_password(s.text("password_hash"), password))
    return Error::invalid("auth.bad_password", "密码不正确", "The password is not correct", field);
  return {};
}

Status change_own_password(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                           std::string_view old_password, std::string_view new_password, int64_t now_ms) {
  QF_TRY_STATUS(check_own_password(conn, account_id, old_password, "old_password"));
  return set_password(conn, sec, account_id, new_password, false, now_ms);
}

Result<TotpSetup> begin_totp_setup(store::Connection& conn, const SecurityConfig& sec, int64_t account_id) {
  QF_TRY(Account a, get_account(conn, account_id));
  if (a.totp_enabled)
    return Error::make(ErrorKind::kConflict, "auth.totp_enabled", "动态口令已启用，请先停用再重新绑定",
                       "TOTP is already enabled; disable it before enrolling again");
  QF_TRY(ServerKey key, totp_server_key(sec));
  TotpSetup t;
  t.secret = totp::new_secret();
  t.otpauth_uri = totp::otpauth_uri(sec.totp_issuer, a.username, t.secret);
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/account_totp_setup"),
                                 {seal_totp_secret(key, account_id, t.secret), account_id}));
  (void)n;
  return t;
}

Status enable_totp(store::Connection& conn, const SecurityConfig& sec, int64_t account_id, std::string_view code,
                   int64_t now_ms) {
  QF_TRY(store::Row s, conn.query_one(store::sql(conn, "auth/account_secrets"), {account_id}));
  if (s.is_null("totp_secret"))
    return Error::make(ErrorKind::kConflict, "auth.totp_not_set_up", "请先生成动态口令密钥",
                       "Start the TOTP setup first", "code");
  if (s.boolean("totp_enabled"))
    return Error::make(ErrorKind::kConflict, "auth.totp_enabled", "动态口令已启用", "TOTP is already enabled");
  QF_TRY(ServerKey key, totp_server_key(sec));
  QF_TRY(std::string secret, open_totp_secret(key, account_id, s.text("totp_secret")));
  auto step = totp::match(secret, code, now_ms, 0);
  sodium_memzero(secret.data(), secret.size());
  if (!step)
    return Error::invalid("auth.totp_invalid", "动态口令不正确，请核对手机时间后重试",
                          "The code is not correct; check the phone's clock and try again", "code");
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/account_totp_enable"), {*step, account_id}));
  (void)n;
  return {};
}

Status disable_totp(store::Connection& conn, const SecurityConfig& sec, int64_t account_id, bool is_admin,
                    std::string_view password) {
  if (is_admin && sec.totp_required_for_admins)
    return Error::make(ErrorKind::kForbidden, "auth.totp_mandatory", "管理员必须启用动态口令，不能停用",
                       "Administrators must keep TOTP enabled");
  QF_TRY_STATUS(check_own_password(conn, account_id, password, "password"));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/account_totp_disable"), {account_id}));
  (void)n;
  return {};
}

Status reset_totp(store::Connection& conn, int64_t account_id) {
  QF_TRY(Account a, get_account(conn, account_id));
  if (!a.totp_enabled)
    return Error::make(ErrorKind::kConflict, "account.totp_not_enabled", "该账号未启用动态口令，无需重置",
                       "This account has no TOTP to reset");
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/account_totp_disable"), {account_id}));
  (void)n;
  return end_other_sessions(conn, account_id, 0);
}

}  // namespace qf::auth

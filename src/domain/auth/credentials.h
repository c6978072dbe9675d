#pragma once
// What a signed-in user does to their own credentials (个人安全设置): change the
// password (old one required), and set up, enable or disable the TOTP second factor.
// TOTP secrets are stored sealed (domain/auth/totp_seal.h), never in clear.
// Work in the caller's transaction; audit entries are the caller's (API framework).
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/result.h"

namespace qf::store { class Connection; }

namespace qf::auth {

// kInvalid "auth.bad_password" (field `field`) when `password` is not the account's.
Status check_own_password(store::Connection& conn, int64_t account_id, std::string_view password,
                          const std::string& field);

// Old password checked (field old_password), policy and history (field new_password);
// clears must_change_password. The caller ends the account's other sessions.
Status change_own_password(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                           std::string_view old_password, std::string_view new_password, int64_t now_ms);

struct TotpSetup {
  std::string secret;       // base32, shown once for manual entry
  std::string otpauth_uri;  // for the QR code
};
// Stores a new (not yet enabled) secret, sealed with the server secret key file
// sec.secret_key_file (totp_seal.h); kConflict "auth.totp_enabled" when TOTP is on;
// kUnavailable "auth.second_factor_failed" (cause in internal_detail) when the key file
// is refused.
Result<TotpSetup> begin_totp_setup(store::Connection& conn, const SecurityConfig& sec, int64_t account_id);
// Enables TOTP when `code` matches the pending secret (field code: "auth.totp_invalid");
// kUnavailable "auth.second_factor_failed" when the secret does not open (wrong key file).
Status enable_totp(store::Connection& conn, const SecurityConfig& sec, int64_t account_id, std::string_view code,
                   int64_t now_ms);
// Turns TOTP off after the password check (field password). Refused (kForbidden
// "auth.totp_mandatory") for administrators while security.totp_required_for_admins.
Status disable_totp(store::Connection& conn, const SecurityConfig& sec, int64_t account_id, bool is_admin,
                    std::string_view password);
// An administrator's reset of another account's TOTP, for a user who lost the
// authenticator: the secret, the enabled flag and the last used step are cleared and the
// account's sessions ended, so the user signs in with the password alone and enrols
// again (an administrator under security.totp_required_for_admins must, before anything
// else). kConflict "account.totp_not_enabled" when the account has no TOTP; kNotFound
// for an unknown account. Callers check the permission and refuse one's own account.
Status reset_totp(store::Connection& conn, int64_t account_id);

}  // namespace qf::auth

#pragma once
// Readers' keys (threat model M2, M3, M6): setting up the module's keys (recovery key
// printed once), enrolling a reader, unlocking a reader's private key for one staff
// session (ciphertext in the database, the key to it only in the browser cookie),
// re-wrapping on a password change, recovery with the printed code, and the holders
// a new report's keys are wrapped for. Every function works in the caller's
// transaction; audit entries are the caller's.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/config.h"
#include "core/result.h"
#include "domain/reports/report_keys.h"

namespace qf::store { class Connection; }

namespace qf::reports {

struct KeySettings {
  std::string recovery_public_key;
  std::string server_secret;  // proof-of-work HMAC and address hashing; never a report key
};
// kConflict "report.keys_not_initialised" before init_keys.
Result<KeySettings> key_settings(store::Connection& conn);
Result<bool> keys_initialised(store::Connection& conn);

struct KeyStatus {
  bool initialised = false;
  bool enrolled = false;
};
Result<KeyStatus> key_status(store::Connection& conn, int64_t account_id);

// Creates the recovery key pair and the server secret, enrols `account_id` (checking
// its login password) and creates the committee's link key; returns the recovery code
// — the only time it exists. kConflict "report.keys_initialised" the second time.
Result<std::string> init_keys(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                              std::string_view password, int64_t now_ms);

// Enrols a reader (login password checked, field "password"). kConflict
// "report.key_enrolled" when already enrolled.
Status enrol_reader(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                    std::string_view password, int64_t now_ms);

// Unwraps the reader's private key with the password and stores it for the staff
// session encrypted under a fresh random key, which is returned (hex) for the cookie.
// kUnauthenticated "report.key_password" for a wrong password; kConflict
// "report.key_stale" when the login password is right but the wrap does not open
// (password reset by an administrator); kConflict "report.not_enrolled".
Result<std::string> unlock_reader_key(store::Connection& conn, int64_t account_id, int64_t session_id,
                                      std::string_view password, int64_t now_ms);
Status lock_reader_key(store::Connection& conn, int64_t session_id);
// The unlocked private key of the session, given the cookie value. kLocked
// "report.key_locked" when the session has none or the cookie does not open it.
Result<std::string> session_reader_secret(store::Connection& conn, int64_t account_id, int64_t session_id,
                                          std::string_view cookie_value);

// Re-wraps the reader's private key under the new password (no-op when not enrolled
// or when the old password does not open it — the reader then re-enrols).
Status rewrap_reader_key(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                         std::string_view old_password, std::string_view new_password);

// Recovery: the printed code opens every report key; the caller (discipline secretary,
// login password checked) gets a new key pair wrapped under its password and a wrap of
// every report key and of the link key. Returns how many reports were re-granted.
Result<int64_t> recover_with_code(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                                  std::string_view recovery_code, std::string_view password, int64_t now_ms);

// Enrolled readers of active accounts holding `role_code` whose key an existing key
// holder has ENDORSED (endorse_reader; the one who set the keys up and a reader
// recovered with the recovery code are endorsed by that act). A new report's keys are
// wrapped automatically for these only: a key enrolled by an account that has just been
// given the discipline-secretary role receives nothing until endorsed.
Result<std::vector<Holder>> readers_with_role(store::Connection& conn, std::string_view role_code);

// An endorsed key holder (the discipline secretary, `actor_secret` its unlocked key)
// endorses reader `reader_id`'s key and, when the reader holds the secretary's role,
// wraps the committee's link key for it. kInvalid "report.endorse_self";
// kForbidden "report.not_endorsed" when the actor's own key is not endorsed;
// kConflict "report.not_enrolled", "report.reader_endorsed".
Status endorse_reader(store::Connection& conn, int64_t actor_id, const std::string& actor_secret, int64_t reader_id,
                      int64_t now_ms);
// The enrolled reader `account_id` (kConflict "report.not_enrolled" otherwise).
Result<Holder> reader_holder(store::Connection& conn, int64_t account_id);
Result<Holder> recovery_holder(store::Connection& conn);

// The committee's link key (same-person links), when `secret_key` holds a wrap of it.
Result<std::optional<std::string>> open_link_key(store::Connection& conn, int64_t account_id,
                                                 const std::string& secret_key);

struct ReaderRow {
  int64_t account_id = 0;
  std::string display_name;
  std::string username;
  int64_t enrolled_at = 0;
  int64_t reports = 0;
  std::optional<int64_t> endorsed_at;  // nullopt: waits for an existing key holder's endorsement
  std::string endorsed_by_name;
};
Result<std::vector<ReaderRow>> list_readers(store::Connection& conn);

// Rotation when a reader leaves (M6): for every report `leaver_id` holds a key of,
// `actor_secret` (the discipline secretary's unlocked key) opens the keys, new matter
// and identity keys are made, every sealed field re-sealed, the new keys wrapped for
// the remaining holders and the recovery key, the old wraps deleted; the leaver's
// enrolment, unlocked sessions and link-key wrap are removed. Returns the number of
// reports rotated.
Result<int64_t> revoke_reader(store::Connection& conn, int64_t actor_id, const std::string& actor_secret,
                              int64_t leaver_id, int64_t now_ms);

// Re-keys one report for `readers`/`identity_readers` + recovery (used by
// revoke_reader; exposed for tests).
Status rekey_report(store::Connection& conn, int64_t report_id, const ReportKeys& old_keys,
                    const std::vector<Holder>& readers, const std::vector<Holder>& identity_readers, int64_t now_ms);

}  // namespace qf::reports

#pragma once
// TOTP secrets sealed at rest (accounts.totp_secret). The stored text is
//   "v1:" + base64( nonce[24] ‖ XChaCha20-Poly1305-IETF ciphertext+tag )
// under a key derived from the server secret key (server_key.h) with crypto_kdf
// (context "qftotp01", subkey 1), with associated data "qf-totp:v1:<account id>": a
// sealed secret copied onto another account's row does not open. The "v1:" prefix lets
// a later key rotation or format tell the formats apart; a clear base32 secret (written
// by a release before migration 0011) never contains ':'.
//
// Callers may assume: open_totp_secret() fails (never crashes, never returns a wrong
// secret) for a clear-text value, an unknown version, a wrong key file, another
// account's value or a tampered value, with kUnavailable "auth.second_factor_failed",
// the generic user message "二次验证失败 / second-factor check failed", and the
// specific bilingual cause for the server log in internal_detail.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/result.h"
#include "domain/auth/server_key.h"

namespace qf::store { class Database; class Connection; }

namespace qf::auth {

inline constexpr std::string_view kSealedTotpPrefix = "v1:";

// True when `stored` has a known sealed-format prefix.
bool is_sealed_totp_secret(std::string_view stored);

std::string seal_totp_secret(const ServerKey& key, int64_t account_id, std::string_view secret_b32);
Result<std::string> open_totp_secret(const ServerKey& key, int64_t account_id, std::string_view stored);

// The server key for a TOTP operation: load_server_key(sec.secret_key_file), with a
// refusal turned into the generic second-factor error above (cause in internal_detail).
Result<ServerKey> totp_server_key(const SecurityConfig& sec);

// Start-up step (`qingfeng serve` and `init`, after migrate()): seals every clear-text
// secret left by an older release, all in one transaction, and counts the sealed
// secrets this key cannot open (a wrong or missing copy of the key file).
struct TotpSealReport {
  int64_t sealed_now = 0;   // clear-text secrets sealed by this call
  int64_t unopenable = 0;   // sealed secrets that do not open with `key`
  int64_t total = 0;        // accounts with a secret
};
Result<TotpSealReport> seal_clear_totp_secrets(store::Database& db, const ServerKey& key);
// The warning for report.unopenable > 0 (bilingual, one line, naming the key file):
// `serve` logs it at error level, `init` and `migrate` print it.
std::string unopenable_totp_warning(const TotpSealReport& report, const ServerKey& key);

// Key rotation (`qingfeng security rotate-key`): every stored secret — sealed with
// `old_key`, or left in clear text by an older release — sealed again with `new_key`,
// within `c`'s transaction. Refused, with nothing written, when a sealed secret does not
// open with `old_key` (kConflict "security.rotate_unopenable", naming up to ten
// accounts: reset their TOTP first). Returns the number of secrets sealed again.
Result<int64_t> reseal_totp_secrets(store::Connection& c, const ServerKey& old_key, const ServerKey& new_key);

}  // namespace qf::auth

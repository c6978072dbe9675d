#pragma once
// Cryptographic primitives of the reports module (信访举报), all through libsodium
// (docs/security/reports-threat-model.md, M1–M3, M6). Pure functions over byte
// strings (std::string holds raw bytes): no storage, no policy. Callers may assume:
//   - every sealed value carries its own random nonce, so the same key may seal many
//     values;
//   - a part sealed for report `uid` and part label P opens ONLY with the same uid and
//     label (associated data), so ciphertexts cannot be swapped between reports/parts;
//   - every open/unwrap failure is kInvalid "report.crypto" and reveals nothing else.
// libsodium is initialised on first use (thread-safe).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace qf::reports {

inline constexpr size_t kKeyBytes = 32;

std::string random_bytes(size_t n);
// A fresh random 256-bit symmetric key (report matter/identity/conversation keys).
std::string new_data_key();

// XChaCha20-Poly1305 (IETF) with AD "qf-report:<uid>:<part>". Output nonce ‖ ciphertext.
std::string seal_part(std::string_view key, std::string_view uid, std::string_view part, std::string_view plaintext);
Result<std::string> open_part(std::string_view key, std::string_view uid, std::string_view part,
                              std::string_view sealed);

// X25519 key pair of a reader (or of the recovery authority).
struct ReaderKeyPair {
  std::string public_key;  // 32 bytes
  std::string secret_key;  // 32 bytes; never stored in clear
};
ReaderKeyPair new_reader_keypair();
// The public key belonging to a secret key.
std::string public_key_of(std::string_view secret_key);

// crypto_box_seal of a data key for a public key; only the secret key opens it.
std::string wrap_for(std::string_view public_key, std::string_view data_key);
Result<std::string> unwrap_with(std::string_view secret_key, std::string_view wrapped);

// A secret encrypted under a key derived from a password with Argon2id.
struct PasswordWrap {
  std::string salt;     // crypto_pwhash_SALTBYTES
  int64_t opslimit = 2;
  int64_t memlimit = 64LL * 1024 * 1024;
  std::string boxed;    // nonce ‖ secretbox
};
Result<PasswordWrap> wrap_with_password(std::string_view secret, std::string_view password, int64_t opslimit,
                                        int64_t memlimit);
Result<std::string> unwrap_with_password(const PasswordWrap& wrap, std::string_view password);

// crypto_secretbox under a 32-byte key: nonce ‖ ciphertext (per-session key sealing).
std::string box_with_key(std::string_view key, std::string_view plaintext);
Result<std::string> open_with_key(std::string_view key, std::string_view boxed);

// The recovery private key as a printable code: 32 bytes + 2 check bytes in base32
// (A–Z, 2–7), groups of four separated by '-'. Parsing ignores case, spaces and '-',
// and refuses a mistyped code (check bytes) with kInvalid "report.recovery_code".
std::string recovery_code(std::string_view secret_key);
Result<std::string> parse_recovery_code(std::string_view code);

std::string sha256(std::string_view data);
std::string hmac_sha256(std::string_view key, std::string_view message);
std::string to_hex(std::string_view bytes);
// Constant-time comparison of equal-length byte strings (false when lengths differ).
bool equal_bytes(std::string_view a, std::string_view b);
// Overwrites the bytes (sodium_memzero) — for keys that go out of use.
void wipe(std::string& secret);

}  // namespace qf::reports

namespace qf::reports {
// Hex → bytes; nullopt when not valid hex.
std::optional<std::string> from_hex(std::string_view hex);
}  // namespace qf::reports

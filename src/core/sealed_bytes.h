#pragma once
// Authenticated encryption and base64 over byte strings (std::string holds raw bytes),
// through libsodium — the one implementation shared by the reports module's sealed
// parts and the sealed TOTP secrets, and the base64 of tokens and challenges.
//
//   aead_seal: XChaCha20-Poly1305 (IETF) with a fresh random nonce; the output is
//              nonce (24 bytes) ‖ ciphertext ‖ tag (16 bytes). `key` must be 32 bytes.
//   aead_open: nullopt for a wrong key, other associated data, a short or altered
//              input, or a key of the wrong size — never a wrong plaintext.
// libsodium is initialised on first use (thread-safe); if it cannot be, the process
// aborts (nothing could be sealed or opened safely).
#include <optional>
#include <string>
#include <string_view>

namespace qf::crypto {

inline constexpr size_t kAeadKeyBytes = 32;

std::string aead_seal(std::string_view key, std::string_view associated_data, std::string_view plaintext);
std::optional<std::string> aead_open(std::string_view key, std::string_view associated_data, std::string_view sealed);

enum class Base64 { kStandard, kUrlSafeNoPadding };
std::string to_base64(std::string_view bytes, Base64 variant);
// nullopt unless the whole text is valid base64 of `variant`.
std::optional<std::string> from_base64(std::string_view text, Base64 variant);

}  // namespace qf::crypto

#pragma once
// TOTP second factor (RFC 6238): HMAC-SHA-1, 30-second steps, 6 digits, accepting the
// previous, current and next step. The caller stores the last accepted step and passes
// it back, so a code is never accepted twice (replay within its window is refused).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace qf::auth::totp {

inline constexpr int64_t kStepSeconds = 30;

// A new random 160-bit secret, base32 (RFC 4648, no padding) as authenticator apps expect.
std::string new_secret();
// otpauth://totp/<issuer>:<account>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30
std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view secret_b32);
// The 6-digit code of `secret_b32` for time step `step` (unix seconds / 30); empty on a bad secret.
std::string code_at(std::string_view secret_b32, int64_t step);
// The step (unix_s/30 ± 1) whose code equals `code` and is later than `last_step`;
// nullopt when none matches (wrong code, or a replay).
std::optional<int64_t> match(std::string_view secret_b32, std::string_view code, int64_t now_ms,
                             int64_t last_step);

}  // namespace qf::auth::totp

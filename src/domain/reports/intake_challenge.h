#pragma once
// Proof-of-work challenge of the public report form (threat model M11; the exact
// algorithm the browser implements is in docs/modules/reports-api.md):
//   the server issues {challenge token, salt (32 hex), bits, expires_at};
//   the browser finds a decimal nonce with SHA-256(salt ‖ nonce) starting with `bits`
//   zero bits; the server verifies the token's HMAC-SHA256 (server secret), its expiry
//   and the work. Single use is the caller's job: it records challenge_id when the
//   submission is accepted (report_store.h spend_challenge).
// Token = base64url(payload) "." base64url(HMAC(secret, payload)), payload =
// "v1|<id hex>|<salt hex>|<bits>|<expires_at ms>".
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace qf::reports {

struct IntakeChallenge {
  std::string token;
  std::string id;      // 32 hex; recorded when spent
  std::string salt;    // 32 hex
  int bits = 18;
  int64_t expires_at = 0;
};

IntakeChallenge issue_challenge(std::string_view secret, int bits, int64_t now_ms, int64_t ttl_ms);
// Verifies token, expiry and work; returns the challenge (for its id).
// kForbidden "report.challenge_invalid" / "report.challenge_expired".
Result<IntakeChallenge> verify_challenge(std::string_view secret, std::string_view token, std::string_view nonce,
                                         int64_t now_ms);
// Whether SHA-256(salt ‖ nonce) has `bits` leading zero bits (also used by tests and
// the demo to solve challenges).
bool work_is_done(std::string_view salt, std::string_view nonce, int bits);
// Finds a nonce (for tests and tools; the browser does this itself).
std::string solve_challenge(std::string_view salt, int bits);

}  // namespace qf::reports

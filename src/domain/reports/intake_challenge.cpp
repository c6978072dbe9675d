#include "domain/reports/intake_challenge.h"

#include <sodium.h>

#include <vector>

#include "core/sealed_bytes.h"

#include "domain/reports/report_crypto.h"

namespace qf::reports {
namespace {

std::string b64url(std::string_view bin) { return crypto::to_base64(bin, crypto::Base64::kUrlSafeNoPadding); }

std::optional<std::string> unb64url(std::string_view text) {
  return crypto::from_base64(text, crypto::Base64::kUrlSafeNoPadding);
}

Error invalid() {
  return Error::make(ErrorKind::kForbidden, "report.challenge_invalid",
                     "安全验证未通过，请重新提交（页面会自动重新计算）",
                     "The security check failed; submit again (the page recomputes it)", "challenge");
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

}  // namespace

IntakeChallenge issue_challenge(std::string_view secret, int bits, int64_t now_ms, int64_t ttl_ms) {
  IntakeChallenge c;
  c.id = to_hex(random_bytes(16));
  c.salt = to_hex(random_bytes(16));
  c.bits = bits;
  c.expires_at = now_ms + ttl_ms;
  std::string payload = "v1|" + c.id + "|" + c.salt + "|" + std::to_string(bits) + "|" + std::to_string(c.expires_at);
  c.token = b64url(payload) + "." + b64url(hmac_sha256(secret, payload));
  return c;
}

bool work_is_done(std::string_view salt, std::string_view nonce, int bits) {
  std::string input(salt);
  input.append(nonce);
  std::string h = sha256(input);
  for (int i = 0; i < bits; ++i) {
    unsigned char byte = static_cast<unsigned char>(h[static_cast<size_t>(i / 8)]);
    if (byte & (0x80 >> (i % 8))) return false;
  }
  return true;
}

std::string solve_challenge(std::string_view salt, int bits) {
  for (uint64_t n = 0;; ++n) {
    std::string s = std::to_string(n);
    if (work_is_done(salt, s, bits)) return s;
  }
}

Result<IntakeChallenge> verify_challenge(std::string_view secret, std::string_view token, std::string_view nonce,
                                         int64_t now_ms) {
  size_t dot = token.find('.');
  if (dot == std::string_view::npos || nonce.empty() || nonce.size() > 20) return invalid();
  for (char ch : nonce)
    if (ch < '0' || ch > '9') return invalid();
  auto payload = unb64url(token.substr(0, dot));
  auto mac = unb64url(token.substr(dot + 1));
  if (!payload || !mac || !equal_bytes(*mac, hmac_sha256(secret, *payload))) return invalid();
  auto parts = split(*payload, '|');
  if (parts.size() != 5 || parts[0] != "v1") return invalid();
  IntakeChallenge c;
  c.token = std::string(token);
  c.id = parts[1];
  c.salt = parts[2];
  try {
    c.bits = std::stoi(parts[3]);
    c.expires_at = std::stoll(parts[4]);
  } catch (...) {
    return invalid();
  }
  if (now_ms > c.expires_at)
    return Error::make(ErrorKind::kForbidden, "report.challenge_expired", "安全验证已过期，请重新提交",
                       "The security check expired; submit again", "challenge");
  if (!work_is_done(c.salt, nonce, c.bits)) return invalid();
  return c;
}

}  // namespace qf::reports

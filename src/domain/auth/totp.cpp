// RFC 6238 / RFC 4226 over OpenSSL's HMAC-SHA-1.
#include "domain/auth/totp.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <vector>

namespace qf::auth::totp {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

std::string base32_encode(const unsigned char* data, size_t n) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (size_t i = 0; i < n; ++i) {
    buffer = (buffer << 8) | data[i];
    bits += 8;
    while (bits >= 5) {
      out.push_back(kAlphabet[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(buffer << (5 - bits)) & 31]);
  return out;
}

std::optional<std::vector<unsigned char>> base32_decode(std::string_view s) {
  std::vector<unsigned char> out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : s) {
    if (c == '=' || c == ' ') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    auto pos = kAlphabet.find(c);
    if (pos == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 5) | static_cast<uint32_t>(pos);
    bits += 5;
    if (bits >= 8) {
      out.push_back(static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFF));
      bits -= 8;
    }
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::string uri_escape(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

}  // namespace

std::string new_secret() {
  (void)sodium_init();
  unsigned char raw[20];
  randombytes_buf(raw, sizeof raw);
  return base32_encode(raw, sizeof raw);
}

std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view secret_b32) {
  return "otpauth://totp/" + uri_escape(issuer) + ":" + uri_escape(account) + "?secret=" +
         std::string(secret_b32) + "&issuer=" + uri_escape(issuer) + "&algorithm=SHA1&digits=6&period=30";
}

std::string code_at(std::string_view secret_b32, int64_t step) {
  auto key = base32_decode(secret_b32);
  if (!key) return {};
  unsigned char msg[8];
  uint64_t counter = static_cast<uint64_t>(step);
  for (int i = 7; i >= 0; --i) {
    msg[i] = static_cast<unsigned char>(counter & 0xFF);
    counter >>= 8;
  }
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (HMAC(EVP_sha1(), key->data(), static_cast<int>(key->size()), msg, sizeof msg, mac, &len) == nullptr)
    return {};
  int offset = mac[len - 1] & 0x0F;
  uint32_t bin = (static_cast<uint32_t>(mac[offset] & 0x7F) << 24) | (static_cast<uint32_t>(mac[offset + 1]) << 16) |
                 (static_cast<uint32_t>(mac[offset + 2]) << 8) | static_cast<uint32_t>(mac[offset + 3]);
  std::string code = std::to_string(bin % 1000000);
  return std::string(6 - code.size(), '0') + code;
}

std::optional<int64_t> match(std::string_view secret_b32, std::string_view code, int64_t now_ms, int64_t last_step) {
  if (code.size() != 6) return std::nullopt;
  const int64_t now_step = now_ms / 1000 / kStepSeconds;
  for (int64_t step = now_step - 1; step <= now_step + 1; ++step) {
    if (step <= last_step) continue;
    std::string expected = code_at(secret_b32, step);
    if (expected.size() == 6 && sodium_memcmp(expected.data(), code.data(), 6) == 0) return step;
  }
  return std::nullopt;
}

}  // namespace qf::auth::totp

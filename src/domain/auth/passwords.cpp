// Argon2id hashing and the password policy.
#include "domain/auth/passwords.h"

#include <sodium.h>

#include <mutex>

#include "core/sealed_bytes.h"

namespace qf::auth {
namespace {

void ensure_sodium() {
  static const int rc = sodium_init();
  (void)rc;  // -1 only when the system RNG is unusable; crypto calls then abort
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

Result<std::string> hash_password(const SecurityConfig& sec, std::string_view password) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            static_cast<unsigned long long>(sec.argon2_opslimit),
                            static_cast<size_t>(sec.argon2_memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
    return Error::internal("crypto_pwhash_str failed (out of memory?)");
  return std::string(out);
}

bool verify_password(std::string_view hash, std::string_view password) {
  ensure_sodium();
  std::string h(hash);  // needs a NUL-terminated string
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

void verify_dummy_password(const SecurityConfig& sec, std::string_view password) {
  static std::mutex m;
  static std::string dummy;
  {
    std::lock_guard<std::mutex> lock(m);
    if (dummy.empty()) {
      auto h = hash_password(sec, random_token(16));
      if (h.ok()) dummy = *h;
    }
  }
  if (!dummy.empty()) (void)verify_password(dummy, password);
}

Status check_password_policy(const PasswordPolicy& p, std::string_view pw, std::string_view username,
                             const std::string& field) {
  auto fail = [&](const std::string& zh, const std::string& en) {
    return Error::invalid("auth.password_policy", "密码不符合要求：" + zh, "Password rejected: " + en, field);
  };
  if (utf8_length(pw) < static_cast<size_t>(p.min_length))
    return fail("长度至少 " + std::to_string(p.min_length) + " 个字符",
                "it must be at least " + std::to_string(p.min_length) + " characters long");
  if (pw.size() > 256) return fail("长度不能超过 256 字节", "it must not exceed 256 bytes");
  bool upper = false, lower_c = false, digit = false, symbol = false;
  for (unsigned char c : pw) {
    if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= 'a' && c <= 'z') lower_c = true;
    else if (c >= '0' && c <= '9') digit = true;
    else symbol = true;
  }
  if (p.require_upper && !upper) return fail("须包含大写字母", "it must contain an upper-case letter");
  if (p.require_lower && !lower_c) return fail("须包含小写字母", "it must contain a lower-case letter");
  if (p.require_digit && !digit) return fail("须包含数字", "it must contain a digit");
  if (p.require_symbol && !symbol) return fail("须包含符号", "it must contain a symbol");
  if (!username.empty() && lower(pw).find(lower(username)) != std::string::npos)
    return fail("不能包含用户名", "it must not contain the username");
  return {};
}

std::string random_token(size_t bytes) {
  ensure_sodium();
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  return crypto::to_base64(raw, crypto::Base64::kUrlSafeNoPadding);
}

std::string token_hash(std::string_view token) {
  ensure_sodium();
  unsigned char h[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(token.data()), token.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return std::string(hex);
}

}  // namespace qf::auth

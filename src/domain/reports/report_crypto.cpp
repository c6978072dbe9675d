// libsodium behind the report_crypto.h contract.
#include "domain/reports/report_crypto.h"

#include <sodium.h>

#include <cctype>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "core/sealed_bytes.h"

namespace qf::reports {
namespace {

void ensure_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium initialisation failed");
  });
}

const unsigned char* u(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
unsigned char* u(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

Error crypto_error() {
  return Error::invalid("report.crypto", "无法解密：密钥不正确或数据已损坏",
                        "Cannot decrypt: wrong key or damaged data");
}

std::string ad_of(std::string_view uid, std::string_view part) {
  std::string ad = "qf-report:";
  ad.append(uid);
  ad.push_back(':');
  ad.append(part);
  return ad;
}

constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

}  // namespace

std::string random_bytes(size_t n) {
  ensure_init();
  std::string out(n, '\0');
  randombytes_buf(out.data(), n);
  return out;
}

std::string new_data_key() { return random_bytes(kKeyBytes); }

std::string seal_part(std::string_view key, std::string_view uid, std::string_view part, std::string_view plaintext) {
  if (key.size() != crypto::kAeadKeyBytes) throw std::invalid_argument("seal_part: key size");
  return crypto::aead_seal(key, ad_of(uid, part), plaintext);
}

Result<std::string> open_part(std::string_view key, std::string_view uid, std::string_view part,
                              std::string_view sealed) {
  auto opened = crypto::aead_open(key, ad_of(uid, part), sealed);
  if (!opened) return crypto_error();
  return std::move(*opened);
}

ReaderKeyPair new_reader_keypair() {
  ensure_init();
  ReaderKeyPair kp;
  kp.public_key.assign(crypto_box_PUBLICKEYBYTES, '\0');
  kp.secret_key.assign(crypto_box_SECRETKEYBYTES, '\0');
  crypto_box_keypair(u(kp.public_key), u(kp.secret_key));
  return kp;
}

std::string public_key_of(std::string_view secret_key) {
  ensure_init();
  std::string pk(crypto_box_PUBLICKEYBYTES, '\0');
  if (secret_key.size() != crypto_box_SECRETKEYBYTES) return {};
  crypto_scalarmult_base(u(pk), u(secret_key));
  return pk;
}

std::string wrap_for(std::string_view public_key, std::string_view data_key) {
  ensure_init();
  if (public_key.size() != crypto_box_PUBLICKEYBYTES) throw std::invalid_argument("wrap_for: public key size");
  std::string out(crypto_box_SEALBYTES + data_key.size(), '\0');
  crypto_box_seal(u(out), u(data_key), data_key.size(), u(public_key));
  return out;
}

Result<std::string> unwrap_with(std::string_view secret_key, std::string_view wrapped) {
  ensure_init();
  if (secret_key.size() != crypto_box_SECRETKEYBYTES || wrapped.size() < crypto_box_SEALBYTES) return crypto_error();
  std::string pk = public_key_of(secret_key);
  std::string out(wrapped.size() - crypto_box_SEALBYTES, '\0');
  if (crypto_box_seal_open(u(out), u(wrapped), wrapped.size(), u(pk), u(secret_key)) != 0) return crypto_error();
  return out;
}

Result<PasswordWrap> wrap_with_password(std::string_view secret, std::string_view password, int64_t opslimit,
                                        int64_t memlimit) {
  ensure_init();
  PasswordWrap w;
  w.salt = random_bytes(crypto_pwhash_SALTBYTES);
  w.opslimit = opslimit;
  w.memlimit = memlimit;
  std::string kek(crypto_secretbox_KEYBYTES, '\0');
  if (crypto_pwhash(u(kek), kek.size(), password.data(), password.size(), u(w.salt),
                    static_cast<unsigned long long>(opslimit), static_cast<size_t>(memlimit),
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    return Error::make(ErrorKind::kUnavailable, "report.kdf_memory", "密钥派生内存不足，请稍后再试",
                       "Not enough memory to derive the key; try again later");
  w.boxed = box_with_key(kek, secret);
  wipe(kek);
  return w;
}

Result<std::string> unwrap_with_password(const PasswordWrap& w, std::string_view password) {
  ensure_init();
  if (w.salt.size() != crypto_pwhash_SALTBYTES) return crypto_error();
  std::string kek(crypto_secretbox_KEYBYTES, '\0');
  if (crypto_pwhash(u(kek), kek.size(), password.data(), password.size(), u(w.salt),
                    static_cast<unsigned long long>(w.opslimit), static_cast<size_t>(w.memlimit),
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    return Error::make(ErrorKind::kUnavailable, "report.kdf_memory", "密钥派生内存不足，请稍后再试",
                       "Not enough memory to derive the key; try again later");
  auto r = open_with_key(kek, w.boxed);
  wipe(kek);
  return r;
}

std::string box_with_key(std::string_view key, std::string_view plaintext) {
  ensure_init();
  if (key.size() != crypto_secretbox_KEYBYTES) throw std::invalid_argument("box_with_key: key size");
  std::string out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size(), '\0');
  randombytes_buf(out.data(), crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(u(out) + crypto_secretbox_NONCEBYTES, u(plaintext), plaintext.size(), u(out), u(key));
  return out;
}

Result<std::string> open_with_key(std::string_view key, std::string_view boxed) {
  ensure_init();
  constexpr size_t kN = crypto_secretbox_NONCEBYTES;
  if (key.size() != crypto_secretbox_KEYBYTES || boxed.size() < kN + crypto_secretbox_MACBYTES) return crypto_error();
  std::string out(boxed.size() - kN - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(u(out), u(boxed) + kN, boxed.size() - kN, u(boxed), u(key)) != 0)
    return crypto_error();
  return out;
}

std::string recovery_code(std::string_view secret_key) {
  std::string payload(secret_key);
  std::string check = sha256(secret_key).substr(0, 2);
  payload += check;
  std::string bits;
  std::string out;
  uint32_t buffer = 0;
  int count = 0;
  for (unsigned char c : payload) {
    buffer = (buffer << 8) | c;
    count += 8;
    while (count >= 5) {
      out.push_back(kBase32[(buffer >> (count - 5)) & 31]);
      count -= 5;
    }
  }
  if (count > 0) out.push_back(kBase32[(buffer << (5 - count)) & 31]);
  std::string grouped;
  for (size_t i = 0; i < out.size(); ++i) {
    if (i && i % 4 == 0) grouped.push_back('-');
    grouped.push_back(out[i]);
  }
  return grouped;
}

Result<std::string> parse_recovery_code(std::string_view code) {
  auto bad = [] {
    return Error::make(ErrorKind::kUnauthenticated, "report.recovery_code", "恢复码不正确，请逐字核对打印件",
                       "The recovery code is not correct; check it against the printed copy", "recovery_code");
  };
  std::string bytes;
  uint32_t buffer = 0;
  int count = 0;
  for (char ch : code) {
    if (ch == '-' || ch == ' ' || ch == '\n' || ch == '\t') continue;
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    const char* p = nullptr;
    for (const char* q = kBase32; *q; ++q)
      if (*q == c) p = q;
    if (!p) return bad();
    buffer = (buffer << 5) | static_cast<uint32_t>(p - kBase32);
    count += 5;
    if (count >= 8) {
      bytes.push_back(static_cast<char>((buffer >> (count - 8)) & 0xff));
      count -= 8;
    }
  }
  if (bytes.size() != kKeyBytes + 2) return bad();
  if (count > 0 && (buffer & ((1u << count) - 1)) != 0) return bad();  // padding bits must be zero
  std::string secret = bytes.substr(0, kKeyBytes);
  if (sha256(secret).substr(0, 2) != bytes.substr(kKeyBytes)) return bad();
  return secret;
}

std::string sha256(std::string_view data) {
  ensure_init();
  std::string out(crypto_hash_sha256_BYTES, '\0');
  crypto_hash_sha256(u(out), u(data), data.size());
  return out;
}

std::string hmac_sha256(std::string_view key, std::string_view message) {
  ensure_init();
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, u(key), key.size());
  crypto_auth_hmacsha256_update(&st, u(message), message.size());
  std::string out(crypto_auth_hmacsha256_BYTES, '\0');
  crypto_auth_hmacsha256_final(&st, u(out));
  return out;
}

std::string to_hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

bool equal_bytes(std::string_view a, std::string_view b) {
  ensure_init();
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

void wipe(std::string& secret) {
  if (!secret.empty()) sodium_memzero(secret.data(), secret.size());
  secret.clear();
}

}  // namespace qf::reports

namespace qf::reports {
std::optional<std::string> from_hex(std::string_view hex) {
  if (hex.size() % 2) return std::nullopt;
  std::string out(hex.size() / 2, '\0');
  size_t len = 0;
  const char* end = nullptr;
  if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), hex.data(), hex.size(), nullptr, &len,
                     &end) != 0 ||
      len != out.size())
    return std::nullopt;
  return out;
}
}  // namespace qf::reports

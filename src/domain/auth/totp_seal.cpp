// Sealing TOTP secrets with a key derived from the server secret key (totp_seal.h).
#include "domain/auth/totp_seal.h"

#include <sodium.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "core/sealed_bytes.h"
#include "store/database.h"

namespace qf::auth {
namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "qftotp01";
constexpr uint64_t kKdfSubkeyTotpV1 = 1;
// Nonce and tag around the ciphertext (core/sealed_bytes.h).
constexpr size_t kSealedOverhead = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;

// libsodium cannot fail to initialise on a supported platform; if it ever did, no
// secret could be sealed or opened safely.
void sodium_ready() {
  if (sodium_init() < 0) std::abort();
}

struct Subkey {
  unsigned char bytes[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
  explicit Subkey(const ServerKey& key) {
    static_assert(crypto_kdf_KEYBYTES == kServerKeyBytes);
    sodium_ready();
    crypto_kdf_derive_from_key(bytes, sizeof bytes, kKdfSubkeyTotpV1, kKdfContext, key.bytes.data());
  }
  ~Subkey() { sodium_memzero(bytes, sizeof bytes); }
  std::string_view view() const { return {reinterpret_cast<const char*>(bytes), sizeof bytes}; }
  Subkey(const Subkey&) = delete;
  Subkey& operator=(const Subkey&) = delete;
};

std::string associated_data(int64_t account_id) { return "qf-totp:v1:" + std::to_string(account_id); }

Error second_factor_failed(const std::string& cause_zh, const std::string& cause_en) {
  Error e = Error::make(ErrorKind::kUnavailable, "auth.second_factor_failed", "二次验证失败",
                        "Second-factor check failed", "totp_code");
  e.internal_detail = cause_zh + " / " + cause_en;
  return e;
}

bool is_clear_base32(std::string_view s) {
  if (s.empty()) return false;
  for (char ch : s)
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '2' && ch <= '7') || ch == '=')) return false;
  return true;
}

}  // namespace

bool is_sealed_totp_secret(std::string_view stored) { return stored.substr(0, kSealedTotpPrefix.size()) == kSealedTotpPrefix; }

std::string seal_totp_secret(const ServerKey& key, int64_t account_id, std::string_view secret_b32) {
  Subkey sub(key);
  return std::string(kSealedTotpPrefix) +
         crypto::to_base64(crypto::aead_seal(sub.view(), associated_data(account_id), secret_b32),
                           crypto::Base64::kStandard);
}

Result<std::string> open_totp_secret(const ServerKey& key, int64_t account_id, std::string_view stored) {
  const std::string who = std::to_string(account_id);
  if (!is_sealed_totp_secret(stored)) {
    if (is_clear_base32(stored))
      return second_factor_failed("账号 " + who + " 的动态口令密钥仍为明文（旧版本写入），启动 qingfeng serve 一次即可加密",
                                  "the TOTP secret of account " + who +
                                      " is still clear text (written by an older release); start qingfeng serve once "
                                      "to seal it");
    return second_factor_failed("账号 " + who + " 的动态口令密钥格式未知（不是 v1:）",
                                "the TOTP secret of account " + who + " has an unknown format (not v1:)");
  }
  auto box = crypto::from_base64(stored.substr(kSealedTotpPrefix.size()), crypto::Base64::kStandard);
  if (!box || box->size() < kSealedOverhead)
    return second_factor_failed("账号 " + who + " 的加密动态口令密钥已损坏",
                                "the sealed TOTP secret of account " + who + " is damaged");
  Subkey sub(key);
  auto plain = crypto::aead_open(sub.view(), associated_data(account_id), *box);
  if (!plain)
    return second_factor_failed(
        "账号 " + who + " 的动态口令密钥无法用服务器密钥文件 " + key.path +
            " 解开：密钥文件不对（不是加密时用的那一个，多台服务器须复制同一个文件），或密文被改动、从其他账号复制而来",
        "the TOTP secret of account " + who + " does not open with the server secret key file " + key.path +
            ": the key file is the wrong one (not the one that sealed it; every server must have a copy of the same "
            "file), or the sealed value was altered or copied from another account");
  return std::move(*plain);
}

Result<ServerKey> totp_server_key(const SecurityConfig& sec) {
  auto key = load_server_key(sec.secret_key_file);
  if (key.ok()) return key;
  return second_factor_failed(key.error().message_zh, key.error().message_en);
}

Result<TotpSealReport> seal_clear_totp_secrets(store::Database& db, const ServerKey& key) {
  return db.transaction([&](store::Connection& c) -> Result<TotpSealReport> {
    TotpSealReport report;
    QF_TRY(store::ResultSet rows, c.query(store::sql(c, "auth/totp_secrets_all")));
    for (const auto& r : rows) {
      ++report.total;
      const int64_t id = r.i64("id");
      const std::string stored = r.text("totp_secret");
      if (!is_sealed_totp_secret(stored) && is_clear_base32(stored)) {
        QF_TRY(int64_t n, c.execute(store::sql(c, "auth/account_totp_seal"),
                                    {seal_totp_secret(key, id, stored), id, stored}));
        report.sealed_now += n;
      } else if (!open_totp_secret(key, id, stored).ok()) {
        ++report.unopenable;
      }
    }
    return report;
  });
}

std::string unopenable_totp_warning(const TotpSealReport& report, const ServerKey& key) {
  const std::string n = std::to_string(report.unopenable);
  return n + " 个动态口令密钥无法用服务器密钥文件 " + key.path +
         " 解开，这些账号的二次验证将失败；请使用加密时的同一密钥文件，或用 qingfeng user reset-totp 重置这些账号 / " + n +
         " TOTP secrets do not open with the server secret key file " + key.path +
         ": those accounts' second-factor checks will fail; use the same key file that sealed them, or reset those "
         "accounts with qingfeng user reset-totp";
}

Result<int64_t> reseal_totp_secrets(store::Connection& c, const ServerKey& old_key, const ServerKey& new_key) {
  QF_TRY(store::ResultSet rows, c.query(store::sql(c, "auth/totp_secrets_all")));
  struct Change {
    int64_t id;
    std::string sealed, stored;
  };
  std::vector<Change> changes;
  std::vector<int64_t> unopenable;
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    std::string stored = r.text("totp_secret");
    if (!is_sealed_totp_secret(stored) && is_clear_base32(stored)) {
      changes.push_back({id, seal_totp_secret(new_key, id, stored), std::move(stored)});
      continue;
    }
    auto secret = open_totp_secret(old_key, id, stored);
    if (!secret.ok()) {
      unopenable.push_back(id);
      continue;
    }
    changes.push_back({id, seal_totp_secret(new_key, id, *secret), std::move(stored)});
    sodium_memzero(secret->data(), secret->size());
  }
  if (!unopenable.empty()) {
    std::string ids;
    for (size_t i = 0; i < unopenable.size() && i < 10; ++i) ids += (i ? ", " : "") + std::to_string(unopenable[i]);
    if (unopenable.size() > 10) ids += ", …";
    return Error::make(ErrorKind::kConflict, "security.rotate_unopenable",
                       std::to_string(unopenable.size()) + " 个账号（编号 " + ids + "）的动态口令密钥无法用当前服务器密钥文件 " +
                           old_key.path + " 解开，未做任何更改：请先确认密钥文件正确，或用 qingfeng user reset-totp 重置这些账号",
                       "the TOTP secrets of " + std::to_string(unopenable.size()) + " account(s) (ids " + ids +
                           ") do not open with the current server secret key file " + old_key.path +
                           "; nothing was changed: check the key file, or reset those accounts with qingfeng user "
                           "reset-totp");
  }
  for (const Change& ch : changes) {
    QF_TRY(int64_t n, c.execute(store::sql(c, "auth/account_totp_seal"), {ch.sealed, ch.id, ch.stored}));
    if (n != 1)
      return Error::make(ErrorKind::kConflict, "security.rotate_changed",
                         "账号 " + std::to_string(ch.id) + " 的动态口令在轮换期间被更改，未做任何更改，请重试",
                         "the TOTP of account " + std::to_string(ch.id) +
                             " changed during the rotation; nothing was changed, try again");
  }
  return static_cast<int64_t>(changes.size());
}

}  // namespace qf::auth

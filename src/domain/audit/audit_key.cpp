// The audit chain key and keyring: see audit_key.h.
#include "domain/audit/audit_key.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <mutex>

#include "domain/auth/value_seal.h"

namespace qf::audit {
namespace {

std::mutex g_key_mutex;
std::optional<ChainKey> g_key;

std::string to_hex(const unsigned char* p, size_t n) {
  static const char* hex = "0123456789abcdef";
  std::string s;
  s.reserve(n * 2);
  for (size_t i = 0; i < n; ++i) {
    s.push_back(hex[p[i] >> 4]);
    s.push_back(hex[p[i] & 15]);
  }
  return s;
}

}  // namespace

ChainKey derive_chain_key(const auth::ServerKey& key) {
  ChainKey k;
  k.mac_key = auth::derive_subkey(key, "qfaudit1", 1);
  k.checkpoint_key = auth::derive_subkey(key, "qfaudit1", 2);
  unsigned char id[crypto_auth_hmacsha256_BYTES];
  static constexpr std::string_view kLabel = "qf-audit-key-id";
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(k.mac_key.data()), k.mac_key.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(kLabel.data()), kLabel.size());
  crypto_auth_hmacsha256_final(&st, id);
  k.kid = to_hex(id, 8);
  k.source = key.path;
  return k;
}

void set_chain_key(std::optional<ChainKey> key) {
  std::lock_guard<std::mutex> lock(g_key_mutex);
  g_key = std::move(key);
}

std::optional<ChainKey> chain_key() {
  std::lock_guard<std::mutex> lock(g_key_mutex);
  return g_key;
}

const ChainKey* Keyring::find(std::string_view kid) const {
  for (const auto& k : keys)
    if (k.kid == kid) return &k;
  return nullptr;
}

Keyring load_keyring(const std::string& key_file) {
  Keyring ring;
  for (const auto& k : auth::load_server_keys_with_retired(key_file)) {
    ChainKey ck = derive_chain_key(k);
    if (!ring.find(ck.kid)) ring.keys.push_back(std::move(ck));
  }
  return ring;
}

Result<std::string> hmac_hex(std::string_view alg, std::string_view key, std::string_view data) {
  const EVP_MD* md = nullptr;
  if (alg == "sm3") md = EVP_get_digestbyname("SM3");
  else if (alg == "sha256") md = EVP_sha256();
  if (md == nullptr)
    return Error::invalid("audit.hash_alg", "审计日志哈希算法不可用：hmac-" + std::string(alg),
                          "Audit hash algorithm unavailable: hmac-" + std::string(alg), "audit.hash");
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (HMAC(md, key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
           data.size(), out, &n) == nullptr)
    return Error::internal("HMAC failed for " + std::string(alg));
  return to_hex(out, n);
}

}  // namespace qf::audit

// Values sealed at rest with a module's subkey of the server key: see value_seal.h.
#include "domain/auth/value_seal.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>

#include "core/sealed_bytes.h"

namespace qf::auth {
namespace {

constexpr std::string_view kPrefix = "v1:";

// The subkey, wiped when it goes out of scope.
struct Subkey {
  std::string bytes;
  Subkey(const ServerKey& key, const char* context, uint64_t number) : bytes(derive_subkey(key, context, number)) {}
  ~Subkey() { sodium_memzero(bytes.data(), bytes.size()); }
  Subkey(const Subkey&) = delete;
  Subkey& operator=(const Subkey&) = delete;
};

}  // namespace

std::string derive_subkey(const ServerKey& key, const char* context, uint64_t number) {
  static_assert(crypto_kdf_KEYBYTES == kServerKeyBytes);
  static_assert(crypto::kAeadKeyBytes >= crypto_kdf_BYTES_MIN && crypto::kAeadKeyBytes <= crypto_kdf_BYTES_MAX);
  if (std::strlen(context) != crypto_kdf_CONTEXTBYTES || sodium_init() < 0) std::abort();
  std::string out(crypto::kAeadKeyBytes, '\0');
  crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(out.data()), out.size(), number, context,
                             key.bytes.data());
  return out;
}

std::string seal_value(const ServerKey& key, const char* context, uint64_t number, std::string_view associated,
                       std::string_view plaintext) {
  Subkey sub(key, context, number);
  return std::string(kPrefix) +
         crypto::to_base64(crypto::aead_seal(sub.bytes, associated, plaintext), crypto::Base64::kStandard);
}

std::optional<std::string> open_value(const ServerKey& key, const char* context, uint64_t number,
                                      std::string_view associated, std::string_view stored) {
  if (stored.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  auto box = crypto::from_base64(stored.substr(kPrefix.size()), crypto::Base64::kStandard);
  if (!box) return std::nullopt;
  Subkey sub(key, context, number);
  return crypto::aead_open(sub.bytes, associated, *box);
}

Result<ServerKey> sealing_key(const std::string& secret_key_file, const char* code, const std::string& what_zh,
                              const std::string& what_en) {
  auto key = ensure_server_key(secret_key_file);
  if (key.ok()) return std::move(key->key);
  Error e = Error::make(ErrorKind::kUnavailable, code, "服务器密钥文件不可用，无法读写" + what_zh,
                        "The server key file is unavailable: " + what_en + " cannot be read or written");
  e.internal_detail = key.error().message_zh + " / " + key.error().message_en;
  return e;
}

}  // namespace qf::auth

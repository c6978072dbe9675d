#include "domain/declarations/declaration_seal.h"

#include <sodium.h>

#include <cstdlib>

#include "core/sealed_bytes.h"
#include "store/database.h"

namespace qf::declarations {
namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "qfdecl01";
constexpr uint64_t kSubkeyV1 = 1;
constexpr std::string_view kPrefix = "v1:";

struct Subkey {
  unsigned char bytes[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
  explicit Subkey(const auth::ServerKey& key) {
    static_assert(crypto_kdf_KEYBYTES == auth::kServerKeyBytes);
    if (sodium_init() < 0) std::abort();
    crypto_kdf_derive_from_key(bytes, sizeof bytes, kSubkeyV1, kKdfContext, key.bytes.data());
  }
  ~Subkey() { sodium_memzero(bytes, sizeof bytes); }
  std::string_view view() const { return {reinterpret_cast<const char*>(bytes), sizeof bytes}; }
  Subkey(const Subkey&) = delete;
  Subkey& operator=(const Subkey&) = delete;
};

std::string associated_data(int64_t id, std::string_view part) {
  return "qf-decl:v1:" + std::to_string(id) + ":" + std::string(part);
}

Error unopenable(int64_t id) {
  Error e = Error::make(ErrorKind::kUnavailable, "declaration.sealed", "个人有关事项报告内容无法解密，请联系系统管理员核对服务器密钥文件",
                        "The report content cannot be opened: ask the system administrator to check the server key file");
  e.internal_detail = "declaration " + std::to_string(id) + " does not open with the server key";
  return e;
}

}  // namespace

std::string seal(const auth::ServerKey& key, int64_t id, std::string_view part, std::string_view plaintext) {
  Subkey sub(key);
  return std::string(kPrefix) +
         crypto::to_base64(crypto::aead_seal(sub.view(), associated_data(id, part), plaintext), crypto::Base64::kStandard);
}

Result<std::string> open_sealed(const auth::ServerKey& key, int64_t id, std::string_view part, std::string_view stored) {
  if (stored.substr(0, kPrefix.size()) != kPrefix) return unopenable(id);
  auto box = crypto::from_base64(stored.substr(kPrefix.size()), crypto::Base64::kStandard);
  if (!box) return unopenable(id);
  Subkey sub(key);
  auto plain = crypto::aead_open(sub.view(), associated_data(id, part), *box);
  if (!plain) return unopenable(id);
  return std::move(*plain);
}

Result<auth::ServerKey> declaration_key(const SecurityConfig& sec) {
  auto key = auth::load_server_key(sec.secret_key_file);
  if (key.ok()) return key;
  Error e = Error::make(ErrorKind::kUnavailable, "declaration.key", "服务器密钥文件不可用，无法读写个人有关事项报告",
                        "The server key file is unavailable: personal-matters reports cannot be read or written");
  e.internal_detail = key.error().message_zh + " / " + key.error().message_en;
  return e;
}

Result<int64_t> reseal_declarations(store::Connection& c, const auth::ServerKey& old_key,
                                    const auth::ServerKey& new_key) {
  int64_t n = 0;
  QF_TRY(auto rows, c.query(store::sql(c, "declarations/sealed_contents")));
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    QF_TRY(std::string plain, open_sealed(old_key, id, "content", r.text("content_sealed")));
    QF_TRY_STATUS(c.execute(store::sql(c, "declarations/reseal_content"),
                            {seal(new_key, id, "content", plain), id}));
    ++n;
  }
  QF_TRY(auto notes, c.query(store::sql(c, "declarations/sealed_notes")));
  for (const auto& r : notes) {
    const int64_t id = r.i64("declaration_id");
    QF_TRY(std::string plain, open_sealed(old_key, id, "note", r.text("note_sealed")));
    QF_TRY_STATUS(c.execute(store::sql(c, "declarations/reseal_note"),
                            {seal(new_key, id, "note", plain), r.i64("id")}));
    ++n;
  }
  return n;
}

}  // namespace qf::declarations

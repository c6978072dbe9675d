#include "domain/approvals/approval_seal.h"

#include <sodium.h>

#include <cstdlib>

#include "core/sealed_bytes.h"
#include "store/database.h"

namespace qf::approvals {
namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "qfappr01";
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

std::string associated_data(std::string_view table, int64_t id, std::string_view part) {
  return "qf-appr:v1:" + std::string(table) + ":" + std::to_string(id) + ":" + std::string(part);
}

Error unopenable(std::string_view table, int64_t id) {
  Error e = Error::make(ErrorKind::kUnavailable, "approval.sealed", "审批数据无法解密，请联系系统管理员核对服务器密钥文件",
                        "The approval data cannot be opened: ask the system administrator to check the server key file");
  e.internal_detail = "approval " + std::string(table) + " " + std::to_string(id) + " does not open with the server key";
  return e;
}

}  // namespace

std::string seal(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                 std::string_view plaintext) {
  Subkey sub(key);
  return std::string(kPrefix) + crypto::to_base64(crypto::aead_seal(sub.view(), associated_data(table, id, part), plaintext),
                                                  crypto::Base64::kStandard);
}

Result<std::string> open_sealed(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                                std::string_view stored) {
  if (stored.substr(0, kPrefix.size()) != kPrefix) return unopenable(table, id);
  auto box = crypto::from_base64(stored.substr(kPrefix.size()), crypto::Base64::kStandard);
  if (!box) return unopenable(table, id);
  Subkey sub(key);
  auto plain = crypto::aead_open(sub.view(), associated_data(table, id, part), *box);
  if (!plain) return unopenable(table, id);
  return std::move(*plain);
}

Result<auth::ServerKey> approval_key(const SecurityConfig& sec) {
  auto key = auth::load_server_key(sec.secret_key_file);
  if (key.ok()) return key;
  Error e = Error::make(ErrorKind::kUnavailable, "approval.key", "服务器密钥文件不可用，无法读写审批数据",
                        "The server key file is unavailable: approvals cannot be read or written");
  e.internal_detail = key.error().message_zh + " / " + key.error().message_en;
  return e;
}

Result<int64_t> reseal_approvals(store::Connection& c, const auth::ServerKey& old_key, const auth::ServerKey& new_key) {
  struct Part {
    const char* select;
    const char* update;
    const char* table;
    const char* part;
    const char* column;
    const char* owner_column;  // the row id the associated data names
  };
  const Part parts[] = {
      {"approvals/sealed_requests", "approvals/reseal_request", "request", "content", "content_sealed", "id"},
      {"approvals/sealed_events", "approvals/reseal_event", "request", "note", "note_sealed", "request_id"},
      {"approvals/sealed_documents", "approvals/reseal_document", "document", "number", "number_sealed", "id"},
  };
  int64_t n = 0;
  for (const auto& p : parts) {
    QF_TRY(auto rows, c.query(store::sql(c, p.select)));
    for (const auto& r : rows) {
      const int64_t owner = r.i64(p.owner_column);
      QF_TRY(std::string plain, open_sealed(old_key, p.table, owner, p.part, r.text(p.column)));
      QF_TRY_STATUS(c.execute(store::sql(c, p.update), {seal(new_key, p.table, owner, p.part, plain), r.i64("id")}));
      ++n;
    }
  }
  return n;
}

}  // namespace qf::approvals

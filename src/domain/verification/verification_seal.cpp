#include "domain/verification/verification_seal.h"

#include "domain/auth/value_seal.h"
#include "store/database.h"

namespace qf::verification {
namespace {

constexpr const char* kKdfContext = "qfverif1";
constexpr uint64_t kSubkeyV1 = 1;

std::string associated_data(std::string_view table, int64_t id, std::string_view part) {
  return "qf-verif:v1:" + std::string(table) + ":" + std::to_string(id) + ":" + std::string(part);
}

}  // namespace

std::string seal(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                 std::string_view plaintext) {
  return auth::seal_value(key, kKdfContext, kSubkeyV1, associated_data(table, id, part), plaintext);
}

Result<std::string> open_sealed(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                                std::string_view stored) {
  auto plain = auth::open_value(key, kKdfContext, kSubkeyV1, associated_data(table, id, part), stored);
  if (!plain) {
    Error e = Error::make(ErrorKind::kUnavailable, "verification.sealed", "核查事项内容无法解密，请联系系统管理员核对服务器密钥文件",
                          "The verification record cannot be opened: ask the system administrator to check the server key file");
    e.internal_detail = std::string(table) + " " + std::to_string(id) + " does not open with the server key";
    return e;
  }
  return std::move(*plain);
}

Result<auth::ServerKey> verification_key(const SecurityConfig& sec) {
  auto key = auth::load_server_key(sec.secret_key_file);
  if (key.ok()) return key;
  Error e = Error::make(ErrorKind::kUnavailable, "verification.key", "服务器密钥文件不可用，无法读写核查事项",
                        "The server key file is unavailable: verification records cannot be read or written");
  e.internal_detail = key.error().message_zh + " / " + key.error().message_en;
  return e;
}

Result<int64_t> reseal_verification(store::Connection& c, const auth::ServerKey& old_key,
                                    const auth::ServerKey& new_key) {
  int64_t n = 0;
  QF_TRY(auto items, c.query(store::sql(c, "verification/sealed_items")));
  for (const auto& r : items) {
    const int64_t id = r.i64("id");
    QF_TRY(std::string plain, open_sealed(old_key, "item", id, "content", r.text("content_sealed")));
    QF_TRY_STATUS(c.execute(store::sql(c, "verification/reseal_item"), {seal(new_key, "item", id, "content", plain), id}));
    ++n;
  }
  QF_TRY(auto members, c.query(store::sql(c, "verification/sealed_members")));
  for (const auto& r : members) {
    const int64_t id = r.i64("id");
    QF_TRY(std::string plain, open_sealed(old_key, "member", id, "candidate", r.text("candidate_sealed")));
    QF_TRY_STATUS(
        c.execute(store::sql(c, "verification/reseal_member"), {seal(new_key, "member", id, "candidate", plain), id}));
    ++n;
  }
  return n;
}

}  // namespace qf::verification

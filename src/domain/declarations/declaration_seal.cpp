#include "domain/declarations/declaration_seal.h"

#include "domain/auth/value_seal.h"
#include "store/database.h"

namespace qf::declarations {
namespace {

constexpr const char* kKdfContext = "qfdecl01";
constexpr uint64_t kSubkeyV1 = 1;

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
  return auth::seal_value(key, kKdfContext, kSubkeyV1, associated_data(id, part), plaintext);
}

Result<std::string> open_sealed(const auth::ServerKey& key, int64_t id, std::string_view part, std::string_view stored) {
  auto plain = auth::open_value(key, kKdfContext, kSubkeyV1, associated_data(id, part), stored);
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

#include "domain/approvals/approval_seal.h"

#include "domain/auth/value_seal.h"
#include "store/database.h"

namespace qf::approvals {
namespace {

constexpr const char* kKdfContext = "qfappr01";
constexpr uint64_t kSubkeyV1 = 1;

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
  return auth::seal_value(key, kKdfContext, kSubkeyV1, associated_data(table, id, part), plaintext);
}

Result<std::string> open_sealed(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                                std::string_view stored) {
  auto plain = auth::open_value(key, kKdfContext, kSubkeyV1, associated_data(table, id, part), stored);
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

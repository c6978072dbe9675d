// Sealing of clue documents at rest: see clue_attachment_seal.h.
#include "domain/clues/clue_attachment_seal.h"

#include <sodium.h>

#include "core/sealed_bytes.h"
#include "domain/auth/value_seal.h"
#include "store/database.h"

namespace qf::clues {
namespace {

constexpr const char* kKdfContext = "qfclue01";
constexpr uint64_t kSubkeyV1 = 1;

std::string associated_data(int64_t clue_id, int64_t id, std::string_view part) {
  return "qf-clue-att:v1:" + std::to_string(clue_id) + ":" + std::to_string(id) + ":" + std::string(part);
}

Error unopenable(int64_t clue_id, int64_t id) {
  Error e = Error::make(ErrorKind::kUnavailable, "clue.attachment.sealed",
                        "线索附件无法解密，请联系系统管理员核对服务器密钥文件",
                        "The clue document cannot be opened: ask the system administrator to check the server key file");
  e.internal_detail = "clue " + std::to_string(clue_id) + " attachment " + std::to_string(id) +
                      " does not open with the server key";
  return e;
}

}  // namespace

std::string seal_attachment_part(const auth::ServerKey& key, int64_t clue_id, int64_t id, std::string_view part,
                                 std::string_view plain) {
  if (part == "filename")
    return auth::seal_value(key, kKdfContext, kSubkeyV1, associated_data(clue_id, id, part), plain);
  std::string sub = auth::derive_subkey(key, kKdfContext, kSubkeyV1);
  std::string box = crypto::aead_seal(sub, associated_data(clue_id, id, part), plain);
  sodium_memzero(sub.data(), sub.size());
  return box;
}

Result<std::string> open_attachment_part(const auth::ServerKey& key, int64_t clue_id, int64_t id,
                                         std::string_view part, std::string_view stored) {
  std::optional<std::string> plain;
  if (part == "filename") {
    plain = auth::open_value(key, kKdfContext, kSubkeyV1, associated_data(clue_id, id, part), stored);
  } else {
    std::string sub = auth::derive_subkey(key, kKdfContext, kSubkeyV1);
    plain = crypto::aead_open(sub, associated_data(clue_id, id, part), stored);
    sodium_memzero(sub.data(), sub.size());
  }
  if (!plain) return unopenable(clue_id, id);
  return std::move(*plain);
}

Result<auth::ServerKey> clue_key(const std::string& secret_key_file) {
  return auth::sealing_key(secret_key_file, "clue.key", "线索附件", "clue documents");
}

Result<int64_t> seal_clear_clue_attachments(store::Database& db, const auth::ServerKey& key) {
  std::vector<int64_t> ids;
  {
    QF_TRY(auto lease, db.acquire());
    store::Connection& c = lease.get();
    QF_TRY(auto rows, c.query(store::sql(c, "clues/attachment_ids_sealed"), {int64_t{0}}));
    for (const auto& r : rows) ids.push_back(r.i64("id"));
  }
  int64_t n = 0;
  for (int64_t id : ids) {
    QF_TRY(int64_t changed, db.transaction([&](store::Connection& c) -> Result<int64_t> {
      QF_TRY(auto rows, c.query(store::sql(c, "clues/attachment_raw"), {id}));
      if (rows.empty()) return int64_t{0};
      const auto& r = rows.front();
      const int64_t clue_id = r.i64("clue_id");
      return c.execute(store::sql(c, "clues/attachment_seal"),
                       {seal_attachment_part(key, clue_id, id, "filename", r.text("filename")),
                        store::Blob{seal_attachment_part(key, clue_id, id, "content", r.text("content"))}, id});
    }));
    n += changed;
  }
  return n;
}

Result<int64_t> reseal_clue_attachments(store::Connection& c, const auth::ServerKey& old_key,
                                        const auth::ServerKey& new_key) {
  int64_t n = 0;
  QF_TRY(auto ids, c.query(store::sql(c, "clues/attachment_ids_sealed"), {int64_t{1}}));
  for (const auto& i : ids) {
    const int64_t id = i.i64("id");
    QF_TRY(auto rows, c.query(store::sql(c, "clues/attachment_raw"), {id}));
    if (rows.empty()) continue;
    const auto& r = rows.front();
    const int64_t clue_id = r.i64("clue_id");
    QF_TRY(std::string name, open_attachment_part(old_key, clue_id, id, "filename", r.text("filename")));
    QF_TRY(std::string bytes, open_attachment_part(old_key, clue_id, id, "content", r.text("content")));
    QF_TRY(int64_t changed, c.execute(store::sql(c, "clues/attachment_seal"),
                                      {seal_attachment_part(new_key, clue_id, id, "filename", name),
                                       store::Blob{seal_attachment_part(new_key, clue_id, id, "content", bytes)}, id}));
    n += changed;
  }
  return n;
}

}  // namespace qf::clues

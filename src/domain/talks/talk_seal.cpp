// Sealing of talk texts at rest: see talk_seal.h.
#include "domain/talks/talk_seal.h"

#include "domain/auth/value_seal.h"
#include "store/database.h"

namespace qf::talks {
namespace {

constexpr const char* kKdfContext = "qftalk01";
constexpr uint64_t kSubkeyV1 = 1;

std::string associated_data(int64_t id, std::string_view part) {
  return "qf-talk:v1:" + std::to_string(id) + ":" + std::string(part);
}

}  // namespace

std::string seal_talk_text(const auth::ServerKey& key, int64_t id, std::string_view part, std::string_view plain) {
  return auth::seal_value(key, kKdfContext, kSubkeyV1, associated_data(id, part), plain);
}

Result<std::string> open_talk_text(const auth::ServerKey& key, int64_t id, std::string_view part,
                                   std::string_view stored) {
  auto plain = auth::open_value(key, kKdfContext, kSubkeyV1, associated_data(id, part), stored);
  if (plain) return std::move(*plain);
  Error e = Error::make(ErrorKind::kUnavailable, "talk.sealed", "谈话记录内容无法解密，请联系系统管理员核对服务器密钥文件",
                        "The talk record's content cannot be opened: ask the system administrator to check the "
                        "server key file");
  e.internal_detail = "talk " + std::to_string(id) + " " + std::string(part) + " does not open with the server key";
  return e;
}

Result<auth::ServerKey> talk_key(const std::string& secret_key_file) {
  return auth::sealing_key(secret_key_file, "talk.key", "谈话记录", "talk records");
}

Result<int64_t> seal_clear_talks(store::Database& db, const auth::ServerKey& key) {
  return db.transaction([&](store::Connection& c) -> Result<int64_t> {
    int64_t n = 0;
    QF_TRY(auto rows, c.query(store::sql(c, "talks/talks_sealed_texts"), {int64_t{0}}));
    for (const auto& r : rows) {
      const int64_t id = r.i64("id");
      QF_TRY(int64_t changed, c.execute(store::sql(c, "talks/talk_seal_texts"),
                                        {seal_talk_text(key, id, "summary", r.text("summary")),
                                         seal_talk_text(key, id, "follow_up", r.text("follow_up")), id}));
      n += changed;
    }
    return n;
  });
}

Result<int64_t> reseal_talks(store::Connection& c, const auth::ServerKey& old_key, const auth::ServerKey& new_key) {
  int64_t n = 0;
  QF_TRY(auto rows, c.query(store::sql(c, "talks/talks_sealed_texts"), {int64_t{1}}));
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    QF_TRY(std::string summary, open_talk_text(old_key, id, "summary", r.text("summary")));
    QF_TRY(std::string follow_up, open_talk_text(old_key, id, "follow_up", r.text("follow_up")));
    QF_TRY(int64_t changed, c.execute(store::sql(c, "talks/talk_seal_texts"),
                                      {seal_talk_text(new_key, id, "summary", summary),
                                       seal_talk_text(new_key, id, "follow_up", follow_up), id}));
    n += changed;
  }
  return n;
}

}  // namespace qf::talks

#include "domain/reports/intake_limits.h"

#include "domain/auth/value_seal.h"
#include "domain/reports/report_crypto.h"
#include "store/database.h"

namespace qf::reports {

Result<std::string> rate_bucket(const SecurityConfig& sec, std::string_view kind, std::string_view key, int64_t now_ms) {
  auto server_key = auth::load_server_key(sec.secret_key_file);
  if (!server_key.ok()) {
    Error e = Error::make(ErrorKind::kUnavailable, "report.key", "服务器密钥文件不可用，暂时无法受理",
                          "The server key file is unavailable: the request cannot be handled now");
    e.internal_detail = server_key.error().message_en;
    return e;
  }
  std::string window_key = auth::derive_subkey(*server_key, "qfrate01", static_cast<uint64_t>(now_ms / kRateWindowMs));
  std::string bucket = std::string(kind) + ":" + to_hex(hmac_sha256(window_key, key)).substr(0, 16);
  wipe(window_key);
  return bucket;
}

int64_t retry_after_seconds(int64_t now_ms) {
  int64_t window_end = (now_ms / kRateWindowMs + 1) * kRateWindowMs;
  return (window_end - now_ms + 999) / 1000;
}

Status count_hit(store::Connection& conn, const std::string& bucket, int limit, int64_t now_ms,
                 const std::string& code, const std::string& what_zh, const std::string& what_en) {
  int64_t window = now_ms / kRateWindowMs * kRateWindowMs;
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/rate_prune"), {window - kRateWindowMs}));
  QF_TRY(store::Row r, conn.query_one(store::sql(conn, "reports/rate_hit"), {bucket, window}));
  if (r.i64("hits") > limit) {
    int64_t minutes = (retry_after_seconds(now_ms) + 59) / 60;
    return Error::make(ErrorKind::kRateLimited, code,
                       what_zh + "已达上限（每小时 " + std::to_string(limit) + " 次），请约 " + std::to_string(minutes) +
                           " 分钟后再试；您填写的内容仍保留在页面上",
                       what_en + " reached the limit (" + std::to_string(limit) + " per hour); try again in about " +
                           std::to_string(minutes) + " minutes — what you typed is still on the page",
                       "retry_after=" + std::to_string(retry_after_seconds(now_ms)));
  }
  return {};
}

Result<bool> over_limit(store::Connection& conn, const std::string& bucket, int limit, int64_t now_ms) {
  int64_t window = now_ms / kRateWindowMs * kRateWindowMs;
  QF_TRY(auto rs, conn.query(store::sql(conn, "reports/rate_get"), {bucket, window}));
  return !rs.empty() && rs.front().i64("hits") >= limit;
}

Status spend_challenge(store::Connection& conn, const std::string& challenge_id, int64_t expires_at, int64_t now_ms) {
  QF_TRY_STATUS(conn.execute(store::sql(conn, "reports/challenge_prune"), {now_ms}));
  QF_TRY(int64_t inserted, conn.execute(store::sql(conn, "reports/challenge_spend"), {challenge_id, expires_at}));
  if (inserted == 0)
    return Error::make(ErrorKind::kForbidden, "report.challenge_used", "此安全验证已使用过，请重新提交",
                       "This security check was already used; submit again", "challenge");
  return {};
}

}  // namespace qf::reports

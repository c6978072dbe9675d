#pragma once
// Abuse limits of the public listener, counted in the database so that every
// `qingfeng serve` process shares them (threat model M8, M10, M11). Addresses are
// never stored: a bucket is "<kind>:" + the first 16 hex digits of HMAC-SHA256(window
// key, address), the window key being subkey <window number> of the server key file
// (outside the database, auth::derive_subkey, context "qfrate01"). A database dump or
// backup therefore cannot be brute-forced back to addresses (the address space is
// small), and the same address has unrelated buckets in different windows. Windows
// are one hour; old windows are pruned.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/result.h"

namespace qf::store { class Connection; }

namespace qf::reports {

inline constexpr int64_t kRateWindowMs = 3600 * 1000;

// The bucket name of an address (or any other key) for `kind` in the window of `now_ms`.
// kUnavailable when the server key file cannot be read.
Result<std::string> rate_bucket(const SecurityConfig& sec, std::string_view kind, std::string_view key, int64_t now_ms);

// Counts one hit in the current window of `bucket` and answers kRateLimited `code`
// (message naming the limit per hour; field "retry_after" carries the seconds left in
// the window) when the count exceeds `limit`.
Status count_hit(store::Connection& conn, const std::string& bucket, int limit, int64_t now_ms,
                 const std::string& code, const std::string& what_zh, const std::string& what_en);
// Whether `bucket` already holds `limit` hits in this window (without counting).
Result<bool> over_limit(store::Connection& conn, const std::string& bucket, int limit, int64_t now_ms);

// Records a proof-of-work challenge as spent; kForbidden "report.challenge_used"
// when it was spent before.
Status spend_challenge(store::Connection& conn, const std::string& challenge_id, int64_t expires_at, int64_t now_ms);

// Seconds until the current window ends (Retry-After).
int64_t retry_after_seconds(int64_t now_ms);

}  // namespace qf::reports

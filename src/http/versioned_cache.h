#pragma once
// VersionedCache: finished response bodies kept in memory, each under a key (what was
// asked and by whom it may be seen) and the data version it was computed from (a
// store/change_versions.h number). A lookup hits only when the version the caller has
// just read equals the stored one, so a write anywhere — this process or another on the
// same database — makes every entry computed before it unreachable at once.
//
// Bounded: at most `max_entries` entries and `max_bytes` of bodies; when full, entries of
// an older version than the one being stored go first, then everything (the cache only
// saves work, it never decides an answer). Thread-safe; bodies are shared, not copied,
// until the caller copies one into its response.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace qf::http {

class VersionedCache {
 public:
  explicit VersionedCache(size_t max_entries = 512, size_t max_bytes = 32 * 1024 * 1024)
      : max_entries_(max_entries), max_bytes_(max_bytes) {}

  // The body stored under `key` for exactly `version`; null otherwise.
  std::shared_ptr<const std::string> find(const std::string& key, int64_t version) const;
  // Stores (or replaces) the body of `key` computed from `version`.
  void put(const std::string& key, int64_t version, std::shared_ptr<const std::string> body);

  size_t size() const;

 private:
  struct Entry {
    int64_t version = 0;
    std::shared_ptr<const std::string> body;
  };
  size_t max_entries_;
  size_t max_bytes_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  size_t bytes_ = 0;
};

}  // namespace qf::http

// VersionedCache (see versioned_cache.h).
#include "http/versioned_cache.h"

namespace qf::http {

std::shared_ptr<const std::string> VersionedCache::find(const std::string& key, int64_t version) const {
  std::lock_guard lk(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.version != version) return nullptr;
  return it->second.body;
}

void VersionedCache::put(const std::string& key, int64_t version, std::shared_ptr<const std::string> body) {
  if (!body || body->size() > max_bytes_) return;
  std::lock_guard lk(mu_);
  if (auto it = entries_.find(key); it != entries_.end()) {
    bytes_ -= it->second.body->size();
    entries_.erase(it);
  }
  if (entries_.size() >= max_entries_ || bytes_ + body->size() > max_bytes_) {
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (it->second.version < version) {
        bytes_ -= it->second.body->size();
        it = entries_.erase(it);
      } else {
        ++it;
      }
    }
  }
  if (entries_.size() >= max_entries_ || bytes_ + body->size() > max_bytes_) {
    entries_.clear();
    bytes_ = 0;
  }
  bytes_ += body->size();
  entries_.emplace(key, Entry{version, std::move(body)});
}

size_t VersionedCache::size() const {
  std::lock_guard lk(mu_);
  return entries_.size();
}

}  // namespace qf::http

#include "crosscheck/string_pool.h"

#include <cstring>

namespace qf::crosscheck {

namespace {
constexpr size_t kBlockSize = 1 << 20;
}

StringPool::StringPool() { views_.emplace_back(); }

char* StringPool::store(std::string_view s) {
  if (s.size() > kBlockSize / 4) {  // a large string gets its own block
    blocks_.emplace_front(s);
    return blocks_.front().data();
  }
  if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < s.size()) {
    blocks_.emplace_back();
    blocks_.back().reserve(kBlockSize);
  }
  std::string& b = blocks_.back();
  size_t off = b.size();
  b.append(s);  // never reallocates: capacity was checked
  return b.data() + off;
}

uint32_t StringPool::intern(std::string_view s) {
  if (s.empty()) return 0;
  auto it = ids_.find(s);
  if (it != ids_.end()) return it->second;
  char* p = store(s);
  std::string_view v(p, s.size());
  uint32_t id = static_cast<uint32_t>(views_.size());
  views_.push_back(v);
  ids_.emplace(v, id);
  return id;
}

uint32_t StringPool::find(std::string_view s) const {
  if (s.empty()) return 0;
  auto it = ids_.find(s);
  return it == ids_.end() ? UINT32_MAX : it->second;
}

}  // namespace qf::crosscheck

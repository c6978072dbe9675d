#include "crosscheck/string_pool.h"

#include <cstring>

namespace qf::crosscheck {

namespace {
constexpr size_t kBlockSize = 1 << 20;
constexpr uint64_t kM1 = 0xff51afd7ed558ccdULL;
constexpr uint64_t kM2 = 0xc4ceb9fe1a85ec53ULL;
}  // namespace

uint64_t hash_bytes(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * kM1);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kM1;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  uint64_t w = 0;
  std::memcpy(&w, p, n);
  h = (h ^ w) * kM2;
  h ^= h >> 29;
  h *= kM1;
  h ^= h >> 32;
  return h;
}

StringPool::StringPool() {
  for (auto& s : shards_) {
    s = std::make_unique<Shard>();
    s->slots.assign(64, 0);
  }
}

std::string_view StringPool::Shard::store(std::string_view s) {
  if (s.size() > kBlockSize / 4) {  // a large string gets its own block
    blocks.emplace_front(s);
    return blocks.front();
  }
  if (blocks.empty() || blocks.back().capacity() - blocks.back().size() < s.size()) {
    blocks.emplace_back();
    blocks.back().reserve(kBlockSize);
  }
  std::string& b = blocks.back();
  size_t off = b.size();
  b.append(s);  // never reallocates: capacity was checked
  return std::string_view(b.data() + off, s.size());
}

void StringPool::Shard::grow() {
  std::vector<uint64_t> old = std::move(slots);
  slots.assign(old.size() * 2, 0);
  const size_t mask = slots.size() - 1;
  for (uint64_t e : old) {
    if (!e) continue;
    uint32_t local = static_cast<uint32_t>(e) - 1;
    size_t i = hash_bytes(views[local]) & mask;
    while (slots[i]) i = (i + 1) & mask;
    slots[i] = e;
  }
}

uint32_t StringPool::intern(std::string_view s) {
  if (s.empty()) return 0;
  const uint64_t h = hash_bytes(s);
  const size_t shard_index = (h >> 24) & 0xFF;
  Shard& sh = *shards_[shard_index];
  const uint64_t tag = h & 0xFFFFFFFF00000000ULL;
  std::lock_guard<std::mutex> lock(sh.mu);
  size_t mask = sh.slots.size() - 1;
  size_t i = h & mask;
  while (uint64_t e = sh.slots[i]) {
    if ((e & 0xFFFFFFFF00000000ULL) == tag) {
      uint32_t local = static_cast<uint32_t>(e) - 1;
      if (sh.views[local] == s) return ((local + 1) << 8) | static_cast<uint32_t>(shard_index);
    }
    i = (i + 1) & mask;
  }
  uint32_t local = static_cast<uint32_t>(sh.views.size());
  sh.views.push_back(sh.store(s));
  sh.slots[i] = tag | (local + 1);
  if (sh.views.size() * 2 > sh.slots.size()) sh.grow();
  return ((local + 1) << 8) | static_cast<uint32_t>(shard_index);
}

uint32_t StringPool::find(std::string_view s) const {
  if (s.empty()) return 0;
  const uint64_t h = hash_bytes(s);
  const size_t shard_index = (h >> 24) & 0xFF;
  const Shard& sh = *shards_[shard_index];
  const uint64_t tag = h & 0xFFFFFFFF00000000ULL;
  std::lock_guard<std::mutex> lock(sh.mu);
  size_t mask = sh.slots.size() - 1;
  size_t i = h & mask;
  while (uint64_t e = sh.slots[i]) {
    if ((e & 0xFFFFFFFF00000000ULL) == tag) {
      uint32_t local = static_cast<uint32_t>(e) - 1;
      if (sh.views[local] == s) return ((local + 1) << 8) | static_cast<uint32_t>(shard_index);
    }
    i = (i + 1) & mask;
  }
  return UINT32_MAX;
}

size_t StringPool::size() const {
  size_t n = 0;
  for (auto& s : shards_) n += s->views.size();
  return n;
}

}  // namespace qf::crosscheck

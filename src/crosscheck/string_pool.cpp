#include "crosscheck/string_pool.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <new>
#include <cstring>

namespace qf::crosscheck {

namespace {
constexpr size_t kBlockSize = size_t{1} << 21;
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

StringPool::StringPool() : hints_(std::make_unique<Hints>()) {
  for (size_t k = 0; k < kShards; ++k) {
    shards_[k] = std::make_unique<Shard>();
    shards_[k]->resize_slots(1024, (*hints_)[k]);
  }
}

void StringPool::reserve(size_t strings) {
  const size_t per_shard = strings / kShards + 1;
  size_t slots = 1024;
  while (slots < per_shard * 2) slots *= 2;  // the load factor intern_hashed keeps
  for (size_t k = 0; k < kShards; ++k) {
    Shard& sh = *shards_[k];
    std::lock_guard<SpinLock> lock(sh.mu);
    if (sh.count == 0 && slots > sh.slot_store.size()) sh.resize_slots(slots, (*hints_)[k]);
    if (per_shard > sh.entry_cap) {
      sh.entry_store.resize(per_shard);
      sh.entries = sh.entry_store.data();
      sh.entry_cap = static_cast<uint32_t>(per_shard);
    }
  }
}

uint32_t StringPool::Shard::store(std::string_view s, uint32_t id) {
  const size_t need = s.size() + 8;
  uint32_t n = static_cast<uint32_t>(s.size());
  if (!block || block_cap - block_used < need) {
    // A string larger than a block gets a block of its own (its offset is 0).
    // Blocks grow from 64 KiB to 2 MiB, so a small run does not zero 64 huge pages.
    size_t size = !block ? (size_t{1} << 16) : std::min(kBlockSize, size_t{block_cap} * 2);
    size = std::max(size, need);
    block = static_cast<char*>(huge_alloc(size));
    block_data.push_back(block);
    blocks = block_data.data();
    block_index = static_cast<uint32_t>(block_data.size() - 1);
    block_cap = static_cast<uint32_t>(size);
    block_used = 0;
  }
  size_t off = block_used;
  std::memcpy(block + off, &n, 4);
  std::memcpy(block + off + 4, &id, 4);
  std::memcpy(block + off + 8, s.data(), s.size());
  block_used += static_cast<uint32_t>(need);
  return static_cast<uint32_t>((size_t{block_index} << 21) | off) + 1;
}

StringPool::Shard::~Shard() {
  for (char* b : block_data) huge_free(b);
}

void StringPool::Shard::resize_slots(size_t n, Hint& hint) {
  auto old = std::move(slot_store);
  slot_store.assign(n, Slot{});
  slots = slot_store.data();
  mask = static_cast<uint32_t>(n - 1);
  for (const Slot& e : old) {
    if (!e.loc) continue;
    size_t i = e.tag & mask;  // the stored hash bits: no string is touched
    while (slots[i].loc) i = (i + 1) & mask;
    slots[i] = e;
  }
  hint.slots.store(slots, std::memory_order_relaxed);
  hint.mask.store(mask, std::memory_order_relaxed);
}

namespace {
inline bool entry_equals(const char* e, std::string_view s) {
  uint32_t n;
  std::memcpy(&n, e, 4);
  return n == s.size() && equal_bytes(std::string_view(e + 8, n), s);
}
inline uint32_t entry_id(const char* e) {
  uint32_t id;
  std::memcpy(&id, e + 4, 4);
  return id;
}
}  // namespace

uint32_t StringPool::intern_hashed(std::string_view s, uint64_t h) {
  if (s.empty()) return 0;
  const size_t shard_index = (h >> 24) & (kShards - 1);
  Shard& sh = *shards_[shard_index];
  std::lock_guard<SpinLock> lock(sh.mu);
  const size_t mask = sh.mask;
  const uint32_t tag = static_cast<uint32_t>(h >> 32);
  size_t i = tag & mask;
  while (uint32_t loc = sh.slots[i].loc) {
    if (sh.slots[i].tag == tag) {
      const char* e = sh.at(loc);
      if (entry_equals(e, s)) return entry_id(e);
    }
    i = (i + 1) & mask;
  }
  uint32_t local = sh.count;
  uint32_t id = ((local + 1) << 8) | static_cast<uint32_t>(shard_index);
  uint32_t loc = sh.store(s, id);
  sh.add_entry(loc);
  sh.slots[i] = Slot{tag, loc};
  if (size_t{sh.count} * 2 > mask + 1) sh.resize_slots((mask + 1) * 2, (*hints_)[shard_index]);
  return id;
}

uint32_t StringPool::find(std::string_view s) const {
  if (s.empty()) return 0;
  const uint64_t h = hash_bytes(s);
  const size_t shard_index = (h >> 24) & (kShards - 1);
  const Shard& sh = *shards_[shard_index];
  std::lock_guard<SpinLock> lock(sh.mu);
  const size_t mask = sh.mask;
  const uint32_t tag = static_cast<uint32_t>(h >> 32);
  size_t i = tag & mask;
  while (uint32_t loc = sh.slots[i].loc) {
    if (sh.slots[i].tag == tag) {
      const char* e = sh.at(loc);
      if (entry_equals(e, s)) return entry_id(e);
    }
    i = (i + 1) & mask;
  }
  return UINT32_MAX;
}

void StringPool::mark() {
  for (auto& sh : shards_) {
    std::lock_guard<SpinLock> lock(sh->mu);
    sh->marked = sh->count;
  }
}

uint32_t StringPool::find_marked(std::string_view s) const {
  uint32_t id = find(s);
  if (id == UINT32_MAX || id == 0) return 0;
  const Shard& sh = *shards_[id & 0xFF];
  return (id >> 8) <= sh.marked ? id : 0;  // local index + 1 <= count at the mark
}

size_t StringPool::size() const {
  size_t n = 0;
  for (auto& s : shards_) n += s->count;
  return n;
}

}  // namespace qf::crosscheck

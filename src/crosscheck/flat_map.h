#pragma once
// FlatMap: an open-addressing hash map from a non-zero integer key to a small value,
// for the join indexes. Keys and values sit side by side in one array (linear probing,
// power-of-two capacity, load <= 1/2, Fibonacci hashing), so a lookup — most of them
// miss — costs one cache line instead of std::unordered_map's modulo, bucket array
// and node chase. Key 0 marks an empty slot and cannot be stored (every key the
// index uses is non-zero: string ids, packed resident IDs, name|birth keys).
// Insert-only; iteration order is never used.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "crosscheck/huge_memory.h"

namespace qf::crosscheck {

template <class K, class V>
class FlatMap {
 public:
  FlatMap() = default;
  void reserve(size_t n) {
    size_t cap = 16;
    while (cap < n * 2) cap <<= 1;
    if (cap > slots_.size()) rehash(cap);
  }
  // Pointer to the value of `key` (inserted as `init` when absent); `*fresh` tells.
  V* emplace(K key, const V& init, bool* fresh = nullptr) {
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    size_t mask = slots_.size() - 1;
    size_t i = slot_of(key, mask);
    while (slots_[i].first != 0) {
      if (slots_[i].first == key) { if (fresh) *fresh = false; return &slots_[i].second; }
      i = (i + 1) & mask;
    }
    slots_[i] = {key, init};
    ++size_;
    if (fresh) *fresh = true;
    return &slots_[i].second;
  }
  const V* find(K key) const {
    if (slots_.empty() || key == 0) return nullptr;
    size_t mask = slots_.size() - 1;
    size_t i = slot_of(key, mask);
    for (;;) {
      const auto& s = slots_[i];
      if (s.first == key) return &s.second;
      if (s.first == 0) return nullptr;
      i = (i + 1) & mask;
    }
  }
  // Asks the CPU to fetch the slot where `key` is looked up first (a hint: a loop that
  // inserts or looks up millions of keys calls it some keys ahead, so the cache misses
  // overlap instead of stalling one after the other).
  void prefetch(K key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[slot_of(key, slots_.size() - 1)]);
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  template <class Fn>
  void for_each(Fn&& fn) {
    for (auto& s : slots_)
      if (s.first) fn(s.first, s.second);
  }

 private:
  static size_t slot_of(K key, size_t mask) {
    uint64_t h = static_cast<uint64_t>(key) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
    return static_cast<size_t>(h) & mask;
  }
  void rehash(size_t cap) {
    Slots old = std::move(slots_);
    slots_.assign(cap, std::pair<K, V>{});
    size_t mask = cap - 1;
    for (auto& s : old) {
      if (!s.first) continue;
      size_t i = slot_of(s.first, mask);
      while (slots_[i].first != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  // Probed at random: large tables in huge pages (huge_memory.h).
  using Slots = std::vector<std::pair<K, V>, LargeArrayAllocator<std::pair<K, V>>>;
  Slots slots_;
  size_t size_ = 0;
};

// A multimap key -> rows in CSR form: build with add() (rows per key keep their
// insertion order), then finish(); afterwards get() returns the rows of a key.
template <class K>
class FlatMultiMap {
 public:
  void add(K key, uint32_t row) { pending_.emplace_back(key, row); }
  void finish() {
    FlatMap<K, std::pair<uint32_t, uint32_t>> ix;  // key -> (begin, count), then [begin, end)
    ix.reserve(pending_.size());
    for (auto& [k, r] : pending_) ++ix.emplace(k, {0, 0})->second;
    uint32_t offset = 0;
    ix.for_each([&](K, std::pair<uint32_t, uint32_t>& v) {
      v.first = offset;
      offset += v.second;
      v.second = v.first;  // fill cursor; ends at the range's end
    });
    rows_.assign(pending_.size(), 0);
    for (auto& [k, r] : pending_) rows_[ix.emplace(k, {0, 0})->second++] = r;
    index_ = std::move(ix);
    pending_.clear();
    pending_.shrink_to_fit();
  }
  struct Range {
    const uint32_t* b = nullptr;
    const uint32_t* e = nullptr;
    const uint32_t* begin() const { return b; }
    const uint32_t* end() const { return e; }
    bool empty() const { return b == e; }
  };
  Range get(K key) const {
    const auto* v = index_.find(key);
    if (!v) return {};
    return {rows_.data() + v->first, rows_.data() + v->second};
  }
  bool empty() const { return index_.empty(); }

 private:
  std::vector<std::pair<K, uint32_t>> pending_;
  std::vector<uint32_t, LargeArrayAllocator<uint32_t>> rows_;
  FlatMap<K, std::pair<uint32_t, uint32_t>> index_;  // key -> [begin, end)
};

}  // namespace qf::crosscheck

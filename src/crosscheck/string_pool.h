#pragma once
// StringPool: interns normalised strings so that every comparison in the rules is an
// integer comparison. Id 0 is the blank string; ids are otherwise opaque (their
// numeric order means nothing — outputs are always ordered by the strings).
//
// Thread-safe for intern(): the pool is split into 64 shards chosen by hash, each
// with its own lock, open-addressing table and arena, so parsing threads intern
// straight into the run's pool without a merge step. str() may be called
// concurrently only once no thread is interning any more (after loading).
// Strings live in stable 2 MiB blocks: views stay valid for the pool's lifetime.
// Interning millions of distinct strings is bound by cache and TLB misses (one on the
// slot, one on the entry), so slot tables and blocks are 2 MiB-aligned and asked for
// transparent huge pages: a miss then costs no page walk.
#include <array>
#include <atomic>
#include <cstring>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/huge_memory.h"

namespace qf::crosscheck {


// A fast 64-bit hash of bytes (multiply–xorshift over 8-byte words).
uint64_t hash_bytes(std::string_view s);

// a == b for the short strings of the loader (codes, names, labels: mostly under 64
// bytes), inline: 8-byte words and one overlapping last word instead of a call to
// memcmp, which the profile showed at 3–4 % for millions of 10–30-byte comparisons.
inline bool equal_bytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  if (n >= 8) {
    uint64_t x, y;
    for (size_t i = 0; i + 8 <= n; i += 8) {
      std::memcpy(&x, p + i, 8);
      std::memcpy(&y, q + i, 8);
      if (x != y) return false;
    }
    std::memcpy(&x, p + n - 8, 8);
    std::memcpy(&y, q + n - 8, 8);
    return x == y;
  }
  if (n >= 4) {
    uint32_t x, y, u, v;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, q, 4);
    std::memcpy(&u, p + n - 4, 4);
    std::memcpy(&v, q + n - 4, 4);
    return x == y && u == v;
  }
  for (size_t i = 0; i < n; ++i)
    if (p[i] != q[i]) return false;
  return true;
}

class StringPool {
 public:
  StringPool();
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;
  StringPool(StringPool&&) = default;
  StringPool& operator=(StringPool&&) = default;

  // Id of `s` (0 for ""), adding it when new.
  uint32_t intern(std::string_view s) { return intern_hashed(s, hash_bytes(s)); }
  // The same for a string whose hash_bytes() is `h`. With prefetch(h) called a little
  // earlier (the loader interns in small batches: hash and prefetch every string of
  // the batch, then intern them in order), the slot's cache miss overlaps other work.
  uint32_t intern_hashed(std::string_view s, uint64_t h);
  // Asks the CPU to fetch the slot where a string with hash `h` is looked up first. A
  // hint only: safe while other threads intern (it may fetch a stale place).
  void prefetch(uint64_t h) const {
    const Hint& hint = (*hints_)[(h >> 24) & (kShards - 1)];
    const Slot* slots = hint.slots.load(std::memory_order_relaxed);
    const size_t mask = hint.mask.load(std::memory_order_relaxed);
    __builtin_prefetch(slots + ((h >> 32) & mask));
  }
  // Sizes the tables for about `strings` distinct strings before any is interned, so
  // that parsing threads do not rehash shards under each other's feet (a growing
  // shard stalls every thread that interns into it). Call before interning.
  void reserve(size_t strings);
  // Id of `s`, or UINT32_MAX when absent (never adds).
  uint32_t find(std::string_view s) const;
  // Remembers how many strings each shard holds now (call while no thread interns).
  void mark();
  // Id of `s` if it was interned before the last mark(), else 0 — never adds. For
  // columns that only ever join against columns loaded before the mark: a value not
  // among those can match nothing, so 0 (blank) is equivalent and costs no storage.
  uint32_t find_marked(std::string_view s) const;
  std::string_view str(uint32_t id) const {
    if (id == 0) return {};
    const Shard& sh = *shards_[id & 0xFF];
    return entry_text(sh.at(sh.entries[(id >> 8) - 1]));
  }
  // Number of distinct non-blank strings.
  size_t size() const;

 private:
  // Each string is stored once in its shard's arena as [u32 length][u32 id][bytes].
  // A slot holds 32 bits of the hash (which also choose the slot) and the entry's
  // place in the arena (block << 21 | offset), so a probe reads the slot, then the
  // length, id and bytes from one place: two cache misses per lookup, 8 bytes a slot,
  // and growing the table never touches a string.
  struct Slot {
    uint32_t tag = 0;
    uint32_t loc = 0;  // block << 21 | offset, + 1; 0 = empty slot
  };
  // A shard's lock is held for one probe (and rarely a rehash of that shard): a
  // test-and-test-and-set spin lock, inlined, instead of std::mutex's library calls —
  // the pthread lock/unlock pair was ~10 % of the city tier's samples (one pair per
  // interned value). After a few spins it yields, so a rehash never burns a core.
  class SpinLock {
   public:
    void lock() noexcept {
      for (unsigned spins = 0; flag_.exchange(true, std::memory_order_acquire);) {
        while (flag_.load(std::memory_order_relaxed)) {
          if (++spins < 64) {
            __builtin_ia32_pause();
          } else {
            std::this_thread::yield();
          }
        }
      }
    }
    void unlock() noexcept { flag_.store(false, std::memory_order_release); }

   private:
    std::atomic<bool> flag_{false};
  };
  // slots and mask of a shard, for prefetch() without the lock; written only when the
  // shard's table is replaced.
  struct Hint {
    std::atomic<const Slot*> slots{nullptr};
    std::atomic<size_t> mask{0};
  };
  // Both parsing threads intern into every shard, so a shard's header moves between
  // the cores' caches on nearly every intern. Everything an intern reads or writes
  // there sits in one 64-byte line with the lock (one transfer, not three), and the
  // prefetch hints live in a separate, read-mostly array (hints_): read from the
  // shard, they cost a cross-core miss per string (10 % of the city tier's samples).
  struct alignas(64) Shard {
    // The hot line (60 bytes).
    mutable SpinLock mu;
    uint32_t mask = 0;               // slot count - 1
    Slot* slots = nullptr;           // slot_store.data()
    uint32_t* entries = nullptr;     // local index -> loc: entry_store.data()
    char** blocks = nullptr;         // block index -> its bytes: block_data.data()
    char* block = nullptr;           // the last block
    uint32_t count = 0;              // entries used
    uint32_t entry_cap = 0;          // entry_store.size()
    uint32_t block_used = 0;         // bytes used in the last block
    uint32_t block_cap = 0;          // its capacity
    uint32_t block_index = 0;        // block_data.size() - 1
    // Cold: the storage behind those pointers.
    std::vector<Slot, HugeAllocator<Slot>> slot_store;
    std::vector<uint32_t> entry_store;
    std::vector<char*> block_data;   // stable storage, freed with the shard
    uint32_t marked = 0;             // count at the last mark()
    ~Shard();
    uint32_t store(std::string_view s, uint32_t id);
    void add_entry(uint32_t loc) {
      if (count == entry_cap) {
        entry_store.resize(entry_cap ? size_t{entry_cap} * 2 : 256);
        entries = entry_store.data();
        entry_cap = static_cast<uint32_t>(entry_store.size());
      }
      entries[count++] = loc;
    }
    const char* at(uint32_t loc) const { return blocks[(loc - 1) >> 21] + ((loc - 1) & 0x1FFFFF); }
    // Replaces the slot table by one of `n` slots (a power of two) holding the same
    // entries, and publishes it in `hint`.
    void resize_slots(size_t n, Hint& hint);
  };
  static std::string_view entry_text(const char* e) {
    uint32_t n;
    std::memcpy(&n, e, 4);
    return std::string_view(e + 8, n);
  }
  static constexpr size_t kShards = 64;
  std::array<std::unique_ptr<Shard>, kShards> shards_;
  struct alignas(64) Hints : std::array<Hint, kShards> {};
  std::unique_ptr<Hints> hints_;
};

}  // namespace qf::crosscheck

#pragma once
// StringPool: interns normalised strings so that every comparison in the rules is an
// integer comparison. Id 0 is the blank string; ids are otherwise opaque (their
// numeric order means nothing — outputs are always ordered by the strings).
//
// Thread-safe for intern(): the pool is split into 256 shards chosen by hash, each
// with its own lock, open-addressing table and arena, so parsing threads intern
// straight into the run's pool without a merge step. str() may be called
// concurrently only once no thread is interning any more (after loading).
// Strings live in stable 1 MiB blocks: views stay valid for the pool's lifetime.
#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace qf::crosscheck {

// A fast 64-bit hash of bytes (multiply–xorshift over 8-byte words).
uint64_t hash_bytes(std::string_view s);

class StringPool {
 public:
  StringPool();
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;
  StringPool(StringPool&&) = default;
  StringPool& operator=(StringPool&&) = default;

  // Id of `s` (0 for ""), adding it when new.
  uint32_t intern(std::string_view s);
  // Id of `s`, or UINT32_MAX when absent (never adds).
  uint32_t find(std::string_view s) const;
  std::string_view str(uint32_t id) const {
    if (id == 0) return {};
    const Shard& sh = *shards_[id & 0xFF];
    return sh.views[(id >> 8) - 1];
  }
  // Number of distinct non-blank strings.
  size_t size() const;

 private:
  struct Shard {
    mutable std::mutex mu;
    std::vector<uint64_t> slots;            // 0 empty; else hash tag (high 32) | local index + 1
    std::vector<std::string_view> views;    // local index -> text
    std::deque<std::string> blocks;         // stable storage
    std::string_view store(std::string_view s);
    void grow();
  };
  static constexpr size_t kShards = 256;
  std::array<std::unique_ptr<Shard>, kShards> shards_;
};

}  // namespace qf::crosscheck

#pragma once
// StringPool: interns normalised strings so that every comparison in the rules is an
// integer comparison. Id 0 is the blank string. Strings live in stable blocks, so
// the views handed out stay valid for the pool's lifetime. Not thread-safe: each
// parsing task owns a local pool, merged into the run's pool in chunk order.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace qf::crosscheck {

class StringPool {
 public:
  StringPool();
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;
  StringPool(StringPool&&) = default;
  StringPool& operator=(StringPool&&) = default;

  // Id of `s` (0 for ""), adding it when new.
  uint32_t intern(std::string_view s);
  // Id of `s` or UINT32_MAX when absent (never adds).
  uint32_t find(std::string_view s) const;
  std::string_view str(uint32_t id) const { return views_[id]; }
  size_t size() const { return views_.size(); }

 private:
  char* store(std::string_view s);

  std::deque<std::string> blocks_;             // stable storage, 1 MiB blocks
  std::vector<std::string_view> views_;        // id -> text
  std::unordered_map<std::string_view, uint32_t> ids_;
};

}  // namespace qf::crosscheck

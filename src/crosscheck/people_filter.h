#pragma once
// PeopleFilter: a bit filter over everyone a registry row can turn out to be in the
// contract's "who is who" (RegistryIndex::for_each_person): the resident IDs of the
// cadres and declared relatives, and the (normalised name, birth date) of relatives
// declared without an ID. No false negatives: may_be() == false guarantees that
// for_each_person(packed, name, …) calls nothing; a few per cent of false positives
// only cost the exact hash probes that follow.
//
// Most of the 10 M registry rows of a city tier (enterprise persons, properties,
// border crossings) are nobody; one bit test each replaces two or three DRAM misses
// in the indexes. Used by the rules (through RegistryIndex) and by the loader, which
// skips the values only a matched row would need.
#include <cstdint>
#include <vector>

#include "core/resident_id.h"
#include "crosscheck/huge_memory.h"
#include "crosscheck/value_parse.h"

namespace qf::crosscheck {

// Key of the name + birth-date fallback: (pool id of the name, yyyymmdd).
inline uint64_t name_birth_key(uint32_t name, uint32_t yyyymmdd) {
  return (static_cast<uint64_t>(name) << 32) | yyyymmdd;
}

inline uint32_t yyyymmdd_of_days(int64_t days) {
  int y;
  unsigned m, d;
  civil_from_days(static_cast<int32_t>(days), &y, &m, &d);
  return static_cast<uint32_t>(y * 10000 + static_cast<int>(m) * 100 + static_cast<int>(d));
}

class PeopleFilter {
 public:
  PeopleFilter() { size_for(0); }
  // Sizes the filter for `people` entries at most (16 bits each, at least 2^16 bits).
  explicit PeopleFilter(size_t people) { size_for(people); }

  void add_id(uint64_t packed) { set(packed * 0x9E3779B97F4A7C15ULL); }
  void add_name_birth(uint32_t name, uint32_t yyyymmdd) {
    set(name_birth_key(name, yyyymmdd) * 0xC2B2AE3D27D4EB4FULL);
    has_names_ = true;
  }

  // False when a registry person with resident ID `packed` (0 = none valid) and
  // normalised name `name` (0 = blank, or no relative's name) is certainly nobody.
  bool may_be(uint64_t packed, uint32_t name) const {
    if (!packed) return false;  // a name alone never makes a match
    if (test(packed * 0x9E3779B97F4A7C15ULL)) return true;
    if (!name || !has_names_) return false;
    uint32_t birth = ResidentId::from_packed(packed).birth_yyyymmdd();
    return test(name_birth_key(name, birth) * 0xC2B2AE3D27D4EB4FULL);
  }

 private:
  void size_for(size_t people) {
    uint64_t n = uint64_t{1} << 16;
    while (n < 16 * people) n <<= 1;
    bits_.assign(n / 64, 0);
    mask_ = n - 1;
  }
  void set(uint64_t h) {
    h = (h >> 20) & mask_;
    bits_[h >> 6] |= uint64_t{1} << (h & 63);
  }
  bool test(uint64_t h) const {
    h = (h >> 20) & mask_;
    return (bits_[h >> 6] >> (h & 63)) & 1;
  }

  std::vector<uint64_t, LargeArrayAllocator<uint64_t>> bits_;  // tested at random: huge pages when large
  uint64_t mask_ = 0;
  bool has_names_ = false;
};

}  // namespace qf::crosscheck

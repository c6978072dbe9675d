// The loader's resident-ID fast path must accept exactly the fields that
// qf::ResidentId::parse accepts as valid and leaves unchanged (canonical IDs), with
// the same packed value.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/resident_id.h"
#include "crosscheck/resident_id_fast.h"

namespace qf::crosscheck {
namespace {

TEST(ResidentIdFastPath, AgreesWithTheReferenceParser) {
  const std::string noise = "0123456789Xx ,-A";
  std::mt19937 rng(11);
  int fast_count = 0;
  for (int iter = 0; iter < 40000; ++iter) {
    // Region, a birth date that is sometimes impossible (month 13, day 31 of a short
    // month, 29 February of a common year, years before 1800), a sequence number.
    std::string s;
    for (int i = 0; i < 6; ++i) s.push_back(static_cast<char>('0' + rng() % 10));
    int y = 1700 + static_cast<int>(rng() % 400), m = 1 + static_cast<int>(rng() % 13), d = 1 + static_cast<int>(rng() % 31);
    char date[16];
    std::snprintf(date, sizeof date, "%04d%02d%02d", y, m, d);
    s += date;
    for (int i = 0; i < 3; ++i) s.push_back(static_cast<char>('0' + rng() % 10));
    s.push_back(ResidentId::check_character(s));
    if (iter % 2) {  // damage it: a character, the length, the case of X, a space
      switch (rng() % 5) {
        case 0: s[rng() % s.size()] = noise[rng() % noise.size()]; break;
        case 1: s.pop_back(); break;
        case 2: s.push_back('1'); break;
        case 3: if (s.back() == 'X') s.back() = 'x'; else s[17] = static_cast<char>('0' + (s[17] - '0' + 1) % 10); break;
        case 4: s.insert(rng() % s.size(), " "); break;
      }
    }
    ResidentId id = ResidentId::parse(s);
    uint64_t expected = id.valid() && id.str() == s ? id.packed() : 0;
    ASSERT_EQ(canonical_resident_id(s), expected) << s;
    fast_count += expected != 0;
  }
  EXPECT_GT(fast_count, 10000);
  EXPECT_EQ(canonical_resident_id(""), 0u);
  EXPECT_EQ(canonical_resident_id("11010519491231002x"), 0u);  // valid, but not canonical
  EXPECT_NE(canonical_resident_id("11010519491231002X"), 0u);
  EXPECT_EQ(canonical_resident_id("11010519491231002X"), ResidentId::parse("11010519491231002X").packed());
  EXPECT_EQ(canonical_resident_id("110105491231002"), 0u);     // 15 digits: the reference converts
}

}  // namespace
}  // namespace qf::crosscheck

// The engine's own containers: FlatMap / FlatMultiMap (join indexes) and StringPool
// (interning, lookup-only probes after mark()).
#include <gtest/gtest.h>

#include <string>
#include <set>
#include <thread>
#include <vector>

#include "crosscheck/flat_map.h"
#include "crosscheck/string_pool.h"

namespace qf::crosscheck {
namespace {

TEST(FlatMap, InsertFindGrowAndZeroKey) {
  FlatMap<uint64_t, uint32_t> m;
  for (uint64_t k = 1; k <= 100000; ++k) *m.emplace(k * 7919, 0) = static_cast<uint32_t>(k);
  EXPECT_EQ(m.size(), 100000u);
  for (uint64_t k = 1; k <= 100000; ++k) {
    const uint32_t* v = m.find(k * 7919);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(*v, k);
  }
  EXPECT_EQ(m.find(7918), nullptr);
  EXPECT_EQ(m.find(0), nullptr);  // 0 marks empty slots: never found
  bool fresh = true;
  EXPECT_EQ(*m.emplace(7919, 5, &fresh), 1u);  // existing key keeps its value
  EXPECT_FALSE(fresh);
  FlatMap<uint32_t, uint32_t> empty;
  EXPECT_EQ(empty.find(3), nullptr);
}

TEST(FlatMultiMap, KeepsInsertionOrderPerKey) {
  FlatMultiMap<uint32_t> mm;
  std::vector<std::pair<uint32_t, uint32_t>> adds = {{5, 10}, {3, 1}, {5, 2}, {9, 7}, {5, 30}, {3, 0}};
  for (auto [k, r] : adds) mm.add(k, r);
  mm.finish();
  auto rows = [&](uint32_t k) {
    std::vector<uint32_t> out;
    for (uint32_t r : mm.get(k)) out.push_back(r);
    return out;
  };
  EXPECT_EQ(rows(5), (std::vector<uint32_t>{10, 2, 30}));
  EXPECT_EQ(rows(3), (std::vector<uint32_t>{1, 0}));
  EXPECT_EQ(rows(9), (std::vector<uint32_t>{7}));
  EXPECT_TRUE(mm.get(4).empty());
  EXPECT_TRUE(mm.get(0).empty());
}

TEST(StringPool, InternIsStableAcrossGrowthAndThreads) {
  StringPool pool;
  EXPECT_EQ(pool.intern(""), 0u);
  std::vector<uint32_t> ids(200000);
  auto work = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) ids[i] = pool.intern("名称" + std::to_string(i % 100000));
  };
  std::thread t(work, 0, 100000);
  work(100000, 200000);
  t.join();
  for (size_t i = 0; i < 100000; ++i) {
    EXPECT_EQ(ids[i], ids[i + 100000]);
    EXPECT_EQ(pool.str(ids[i]), "名称" + std::to_string(i));
  }
  EXPECT_EQ(pool.size(), 100000u);
  std::string big(3 << 20, 'x');  // larger than a block
  uint32_t b = pool.intern(big);
  EXPECT_EQ(pool.str(b), big);
  EXPECT_EQ(pool.intern(big), b);
  EXPECT_EQ(pool.find("名称7"), ids[7]);
  EXPECT_EQ(pool.find("absent"), UINT32_MAX);
}

// A pool sized up front (as the loader does from the input's bytes) interns the same
// way, from two threads, past its reservation (the tables still grow), and a reserve()
// after interning changes nothing already stored.
TEST(StringPool, ReservedPoolInternsPastItsReservationFromTwoThreads) {
  StringPool pool;
  pool.reserve(20000);
  std::vector<uint32_t> ids(200000);
  auto work = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) ids[i] = pool.intern("地址" + std::to_string(i % 100000));
  };
  std::thread t(work, 0, 100000);
  work(100000, 200000);
  t.join();
  for (size_t i = 0; i < 100000; ++i) {
    ASSERT_EQ(ids[i], ids[i + 100000]);
    ASSERT_EQ(pool.str(ids[i]), "地址" + std::to_string(i));
  }
  EXPECT_EQ(pool.size(), 100000u);
  pool.reserve(1000000);  // too late to resize a used shard: ignored, nothing lost
  EXPECT_EQ(pool.find("地址4242"), ids[4242]);
  EXPECT_EQ(pool.intern("地址99999"), ids[99999]);
  EXPECT_EQ(pool.size(), 100000u);
  std::set<uint32_t> distinct(ids.begin(), ids.begin() + 100000);
  EXPECT_EQ(distinct.size(), 100000u);
  EXPECT_EQ(distinct.count(0), 0u);
}

TEST(StringPool, FindMarkedSeesOnlyStringsBeforeTheMark) {
  StringPool pool;
  uint32_t before = pool.intern("张三");
  pool.mark();
  uint32_t after = pool.intern("李四");
  EXPECT_NE(after, 0u);
  EXPECT_EQ(pool.find_marked("张三"), before);
  EXPECT_EQ(pool.find_marked("李四"), 0u);   // interned after the mark
  EXPECT_EQ(pool.find_marked("王五"), 0u);   // never interned, and not added
  EXPECT_EQ(pool.find("王五"), UINT32_MAX);
  EXPECT_EQ(pool.find_marked(""), 0u);
}

// equal_bytes (the loader's and the pool's inline comparison) answers as == does for
// every length around its 4- and 8-byte steps, with one byte changed at each place.
TEST(EqualBytes, MatchesStringEqualityAtEveryLengthAndPlace) {
  EXPECT_TRUE(equal_bytes(std::string_view(), std::string_view()));
  EXPECT_FALSE(equal_bytes(std::string_view(), "a"));
  for (size_t n = 0; n <= 40; ++n) {
    std::string a;
    for (size_t i = 0; i < n; ++i) a.push_back(static_cast<char>('A' + (i * 7) % 26));
    std::string b = a;
    EXPECT_TRUE(equal_bytes(a, b)) << n;
    for (size_t i = 0; i < n; ++i) {
      std::string c = a;
      c[i] = static_cast<char>(c[i] ^ 0x20);
      EXPECT_FALSE(equal_bytes(a, c)) << n << " " << i;
    }
    EXPECT_FALSE(equal_bytes(a, a + "x")) << n;
  }
}

}  // namespace
}  // namespace qf::crosscheck

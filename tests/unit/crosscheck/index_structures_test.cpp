// The engine's own containers: FlatMap / FlatMultiMap (join indexes) and StringPool
// (interning, lookup-only probes after mark()).
#include <gtest/gtest.h>

#include <string>
#include <set>
#include <thread>
#include <vector>

#include "crosscheck/flat_map.h"
#include "crosscheck/string_pool.h"
#include "core/credit_code.h"
#include "crosscheck/loader.h"
#include "crosscheck/registry_index.h"
#include "test_support.h"

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

// Two threads intern the same 100,000 strings `prefix` + i, in opposite halves of the
// work; both must get one id per string, and str() must give the string back. Returns
// the ids (index i: the string of i).
std::vector<uint32_t> intern_from_two_threads(StringPool& pool, const std::string& prefix) {
  std::vector<uint32_t> ids(200000);
  auto work = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) ids[i] = pool.intern(prefix + std::to_string(i % 100000));
  };
  std::thread t(work, 0, 100000);
  work(100000, 200000);
  t.join();
  for (size_t i = 0; i < 100000; ++i) {
    EXPECT_EQ(ids[i], ids[i + 100000]) << i;
    EXPECT_EQ(pool.str(ids[i]), prefix + std::to_string(i));
  }
  EXPECT_EQ(pool.size(), 100000u);
  ids.resize(100000);
  return ids;
}

TEST(StringPool, InternIsStableAcrossGrowthAndThreads) {
  StringPool pool;
  EXPECT_EQ(pool.intern(""), 0u);
  const std::vector<uint32_t> ids = intern_from_two_threads(pool, "名称");
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
  const std::vector<uint32_t> ids = intern_from_two_threads(pool, "地址");
  pool.reserve(1000000);  // too late to resize a used shard: ignored, nothing lost
  EXPECT_EQ(pool.find("地址4242"), ids[4242]);
  EXPECT_EQ(pool.intern("地址99999"), ids[99999]);
  EXPECT_EQ(pool.size(), 100000u);
  std::set<uint32_t> distinct(ids.begin(), ids.end());
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


// The enterprise persons' index (RegistryIndex::build_enterprise_persons, a radix
// sort of runs of rows by code): a company whose persons are listed in several places
// of the file gets all of its rows, in file order, and no other company's. 20,000
// companies make pool ids above 2^16, so both 16-bit passes order something.
TEST(RegistryIndex, PersonsOfACompanyScatteredOverTheFileComeInFileOrder) {
  testing::TempDataSet t;
  t.write("cadres.csv",
          "cadre_id,name,resident_id,department,position,is_leading\n"
          "C1,张三,330106198001010013,办公室,科长,否\n");
  constexpr int kCompanies = 20000;
  std::vector<std::string> codes;
  for (int i = 0; i < kCompanies; ++i) {
    char first17[18];
    std::snprintf(first17, sizeof first17, "91330100%09d", i);
    codes.push_back(std::string(first17) + CreditCode::check_character(first17));
  }
  // Three passes over the companies, each in a different order: row r of the file
  // belongs to company owner[r]; pass 2 lists two persons per company.
  std::string csv = "credit_code,person_name,resident_id,role,share_ratio,start_date,end_date\n";
  std::vector<int> owner;
  auto add = [&](int c) {
    csv += codes[static_cast<size_t>(c)] + ",某人,,股东,,,\n";
    owner.push_back(c);
  };
  for (int i = 0; i < kCompanies; ++i) add(i);
  for (int i = kCompanies - 1; i >= 0; i -= 3) { add(i); add(i); }
  for (int i = 0; i < kCompanies; i += 7) add((i * 7919) % kCompanies);
  t.write("enterprise_persons.csv", csv);
  auto data = load_data(t.data(), 2, nullptr, 4096);  // small pieces: several per thread
  ASSERT_TRUE(data.ok()) << data.error().to_string();
  RegistryIndex index(*data, 2);
  const Table& ep = data->t(FileId::kEnterprisePersons);
  ASSERT_EQ(ep.rows(), owner.size());
  std::vector<std::vector<uint32_t>> expected(kCompanies);
  for (uint32_t r = 0; r < owner.size(); ++r) expected[static_cast<size_t>(owner[r])].push_back(r);
  for (int c = 0; c < kCompanies; ++c) {
    uint32_t code = data->pool.find(codes[static_cast<size_t>(c)]);
    ASSERT_NE(code, UINT32_MAX);
    auto rows = index.persons_of_company(code);
    ASSERT_EQ(std::vector<uint32_t>(rows.begin(), rows.end()), expected[static_cast<size_t>(c)]) << codes[static_cast<size_t>(c)];
  }
  uint32_t max_code = 0;
  for (const auto& c : codes) max_code = std::max(max_code, data->pool.find(c));
  EXPECT_GT(max_code, 0xFFFFu);
}

}  // namespace
}  // namespace qf::crosscheck

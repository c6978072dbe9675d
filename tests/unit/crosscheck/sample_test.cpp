// Runs the engine on the shared sample data sets and compares findings.csv
// (rule, key, cadre_id) and data_quality.csv (file, line) exactly with the expected
// files, as the sample's README prescribes.
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>

#include "core/chinese_text.h"
#include "test_support.h"

namespace qf::crosscheck::testing {
namespace {

std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("QF_SHARED_DIR"); env && *env) return env;
  return QF_SHARED_DIR_DEFAULT;
}

std::set<std::vector<std::string>> columns(const std::filesystem::path& p, std::vector<std::string> names) {
  auto rows = read_csv(p);
  std::set<std::vector<std::string>> out;
  if (rows.empty()) return out;
  std::vector<size_t> idx;
  for (auto& n : names)
    for (size_t i = 0; i < rows[0].size(); ++i)
      if (rows[0][i] == n) idx.push_back(i);
  EXPECT_EQ(idx.size(), names.size()) << p;
  for (size_t r = 1; r < rows.size(); ++r) {
    std::vector<std::string> v;
    for (size_t i : idx) v.push_back(std::string(qf::text::trim(rows[r][i])));
    out.insert(v);
  }
  return out;
}

void check_sample(const std::string& name, unsigned threads, size_t piece_bytes = 0) {
  auto sample = shared_dir() / "crosscheck" / "sample";
  if (!std::filesystem::exists(sample / name)) GTEST_SKIP() << "no sample at " << sample;
  TempDataSet tmp;
  RunOptions o;
  o.data_dir = (sample / name).string();
  o.out_dir = tmp.out();
  o.as_of = "2024-06-30";
  o.threads = threads;
  o.piece_bytes = piece_bytes;
  auto r = run_crosscheck(o);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  expect_outputs_utf8(tmp.out());
  auto expected = sample / (name + "-expected");
  EXPECT_EQ(columns(std::filesystem::path(tmp.out()) / "findings.csv", {"rule", "key", "cadre_id"}),
            columns(expected / "findings.csv", {"rule", "key", "cadre_id"}));
  EXPECT_EQ(columns(std::filesystem::path(tmp.out()) / "data_quality.csv", {"file", "line"}),
            columns(expected / "data_quality.csv", {"file", "line"}));
  // The findings file has exactly one row per (rule, key).
  auto rows = read_csv(std::filesystem::path(tmp.out()) / "findings.csv");
  std::set<std::pair<std::string, std::string>> keys;
  for (size_t i = 1; i < rows.size(); ++i) EXPECT_TRUE(keys.emplace(rows[i][0], rows[i][1]).second);
}

TEST(Sample, CleanMatchesExpected) { check_sample("clean", 1); }
TEST(Sample, MessyMatchesExpected) { check_sample("messy", 1); }
TEST(Sample, MessyMatchesExpectedWithTwoThreads) { check_sample("messy", 2); }
// Tiny parsing pieces: every file is cut at many record boundaries (some records
// hold quoted line breaks) and parsed in parallel; nothing may change.
TEST(Sample, MessyMatchesExpectedInSmallPieces) { check_sample("messy", 3, 2048); }
TEST(Sample, CleanMatchesExpectedInSmallPieces) { check_sample("clean", 2, 1024); }

TEST(Sample, OutputIsIdenticalForAnyThreadCount) {
  auto sample = shared_dir() / "crosscheck" / "sample" / "messy";
  if (!std::filesystem::exists(sample)) GTEST_SKIP();
  TempDataSet a, b;
  RunOptions o;
  o.data_dir = sample.string();
  o.as_of = "2024-06-30";
  o.out_dir = a.out();
  o.threads = 1;
  ASSERT_TRUE(run_crosscheck(o).ok());
  o.out_dir = b.out();
  o.threads = 4;
  o.piece_bytes = 1500;
  ASSERT_TRUE(run_crosscheck(o).ok());
  expect_outputs_utf8(a.out());
  expect_outputs_utf8(b.out());
  for (const char* f : kOutputFiles)
    EXPECT_EQ(read_text(std::filesystem::path(a.out()) / f), read_text(std::filesystem::path(b.out()) / f)) << f;
}

}  // namespace
}  // namespace qf::crosscheck::testing

// Runs the real `qingfeng crosscheck` on a generated MESSY bureau-tier data set
// (qf_crosscheck_gen: GB18030/BOM/CRLF files, shuffled Chinese headers, every date,
// amount and boolean form, traditional characters, full-width digits, 15-digit IDs,
// invalid rows) and checks the findings against the generator's planted truth:
// every planted finding reported with its cadre, no near-miss decoy reported, and
// nothing else (the generator's background cannot fire any rule). A clean run of
// the same records must give the same findings.
//
// Binaries: QF_BINARY / QF_GEN from the environment, else the build tree's.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace {

namespace fs = std::filesystem;

using Row = std::map<std::string, std::string>;

// RFC 4180 reader for the small CSV files compared here (UTF-8, optional BOM).
std::vector<Row> read_csv(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> rec;
  std::string field;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      rec.push_back(field);
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        rec.push_back(field);
        records.push_back(rec);
      }
      rec.clear();
      field.clear();
      any = false;
    } else {
      field.push_back(c);
      any = true;
    }
  }
  if (any || !field.empty()) {
    rec.push_back(field);
    records.push_back(rec);
  }
  std::vector<Row> rows;
  if (records.empty()) return rows;
  for (std::size_t r = 1; r < records.size(); ++r) {
    Row row;
    for (std::size_t c = 0; c < records[0].size() && c < records[r].size(); ++c) row[records[0][c]] = records[r][c];
    rows.push_back(row);
  }
  return rows;
}

// True when the file holds well-formed UTF-8 (no overlong forms, no surrogates,
// nothing above U+10FFFF, no sequence cut short).
bool is_utf8_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string s = ss.str();
  for (std::size_t i = 0; i < s.size();) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned c = b(i);
    std::size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((b(i + k) & 0xC0) != 0x80) return false;
    if ((c == 0xE0 && b(i + 1) < 0xA0) || (c == 0xED && b(i + 1) > 0x9F) || (c == 0xF0 && b(i + 1) < 0x90) ||
        (c == 0xF4 && b(i + 1) > 0x8F))
      return false;
    i += n;
  }
  return true;
}

std::string quote(const std::string& s) { return "'" + s + "'"; }

int run(const std::string& cmd) {
  const int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::string binary(const char* env, const char* fallback) {
  const char* v = std::getenv(env);
  return v && *v ? v : fallback;
}

// (rule, key) -> cadre_id
using Findings = std::map<std::pair<std::string, std::string>, std::string>;

Findings load(const fs::path& path) {
  Findings f;
  for (const Row& r : read_csv(path)) f[{r.at("rule"), r.at("key")}] = r.count("cadre_id") ? r.at("cadre_id") : "";
  return f;
}

class PlantedTruth : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("qf-xc-planted-" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    const std::string gen = binary("QF_GEN", QF_GEN_DEFAULT), qf = binary("QF_BINARY", QF_BINARY_DEFAULT);
    for (const char* variant : {"messy", "clean"}) {
      const fs::path data = *dir_ / (std::string(variant) + "-data"), out = *dir_ / (std::string(variant) + "-out");
      ASSERT_EQ(run(quote(gen) + " --tier bureau --variant " + variant + " --out " + quote(data.string()) + " 2>/dev/null"), 0)
          << "generator failed: " << gen;
      ASSERT_EQ(run(quote(qf) + " crosscheck --data " + quote(data.string()) + " --out " + quote(out.string()) +
                    " --as-of 2024-06-30 >" + quote((*dir_ / (std::string(variant) + ".log")).string()) + " 2>&1"),
                0)
          << "qingfeng crosscheck failed on the " << variant << " data set: " << qf;
    }
    messy_ = new Findings(load(*dir_ / "messy-out" / "findings.csv"));
    clean_ = new Findings(load(*dir_ / "clean-out" / "findings.csv"));
    expected_ = new Findings(load(*dir_ / "messy-data" / "expected_findings.csv"));
    decoys_ = new Findings(load(*dir_ / "messy-data" / "decoys.csv"));
  }

  static void TearDownTestSuite() {
    if (dir_ && !::testing::Test::HasFailure()) fs::remove_all(*dir_);
    delete dir_;
    delete messy_;
    delete clean_;
    delete expected_;
    delete decoys_;
  }

  static inline fs::path* dir_ = nullptr;
  static inline Findings *messy_ = nullptr, *clean_ = nullptr, *expected_ = nullptr, *decoys_ = nullptr;
};

TEST_F(PlantedTruth, EveryRuleHasPlantedFindingsAndDecoys) {
  ASSERT_NE(expected_, nullptr);
  std::set<std::string> with_pos, with_dec;
  for (const auto& [k, _] : *expected_) with_pos.insert(k.first);
  for (const auto& [k, _] : *decoys_) with_dec.insert(k.first);
  for (int r = 1; r <= 10; ++r) {
    std::string rule = "R";
    rule += std::to_string(r);
    EXPECT_TRUE(with_pos.count(rule)) << "no planted finding for " << rule;
    EXPECT_TRUE(with_dec.count(rule)) << "no decoy for " << rule;
  }
}

TEST_F(PlantedTruth, EveryPlantedFindingIsReportedWithItsCadre) {
  ASSERT_NE(messy_, nullptr);
  for (const auto& [k, cadre] : *expected_) {
    auto it = messy_->find(k);
    EXPECT_TRUE(it != messy_->end()) << "planted finding not reported: " << k.first << " " << k.second;
    if (it != messy_->end()) {
      EXPECT_EQ(it->second, cadre) << k.first << " " << k.second;
    }
  }
}

TEST_F(PlantedTruth, NoDecoyIsReported) {
  ASSERT_NE(messy_, nullptr);
  for (const auto& [k, _] : *decoys_) EXPECT_FALSE(messy_->count(k)) << "near-miss decoy reported: " << k.first << " " << k.second;
}

TEST_F(PlantedTruth, NothingOutsideThePlantedTruthIsReported) {
  ASSERT_NE(messy_, nullptr);
  for (const auto& [k, _] : *messy_)
    if (!decoys_->count(k)) {
      EXPECT_TRUE(expected_->count(k)) << "unexpected finding: " << k.first << " " << k.second;
    }
}

TEST_F(PlantedTruth, CleanAndMessySpellingsGiveTheSameFindings) {
  ASSERT_NE(messy_, nullptr);
  EXPECT_EQ(*clean_, *messy_);
}

// Excel and WPS show garbage from the first bad byte on.
TEST_F(PlantedTruth, EveryOutputFileIsValidUtf8) {
  ASSERT_NE(dir_, nullptr);
  for (const char* variant : {"messy-out", "clean-out"})
    for (const char* f : {"findings.csv", "findings.jsonl", "data_quality.csv"}) {
      ASSERT_TRUE(fs::exists(*dir_ / variant / f)) << variant << "/" << f;
      EXPECT_TRUE(is_utf8_file(*dir_ / variant / f)) << variant << "/" << f << " is not valid UTF-8";
    }
}

TEST_F(PlantedTruth, InvalidRowsOfTheMessySetAreDataQualityRows) {
  ASSERT_NE(dir_, nullptr);
  std::set<std::string> files;
  for (const Row& r : read_csv(*dir_ / "messy-out" / "data_quality.csv")) files.insert(r.at("file"));
  // The generator writes at least one invalid row into each of these files.
  for (const char* f : {"cadres.csv", "travels.csv", "contracts.csv", "enterprise_persons.csv", "properties.csv", "bids.csv", "relatives.csv"})
    EXPECT_TRUE(files.count(f)) << "no data-quality row for " << f;
  EXPECT_TRUE(read_csv(*dir_ / "clean-out" / "data_quality.csv").empty()) << "the clean set has no bad value";
}

}  // namespace

#pragma once
// Helpers for cross-check tests: write a data set into a fresh temporary directory,
// run the engine, and read back the (rule, key, cadre_id) triples it wrote.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <unistd.h>

#include <gtest/gtest.h>
#include <unicode/ustring.h>

#include "core/csv_reader.h"
#include "crosscheck/engine.h"

namespace qf::crosscheck::testing {

using Triple = std::tuple<std::string, std::string, std::string>;

inline std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Reads a CSV written by the engine (BOM stripped) into rows of fields.
inline std::vector<std::vector<std::string>> read_csv(const std::filesystem::path& p) {
  std::string text = read_text(p);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  csv::CsvReader r(text);
  csv::Record rec;
  std::vector<std::vector<std::string>> rows;
  while (r.next(&rec)) rows.emplace_back(rec.fields.begin(), rec.fields.end());
  return rows;
}

// The files one run writes.
inline constexpr const char* kOutputFiles[] = {"findings.csv", "findings.jsonl", "data_quality.csv"};

// True when `bytes` is well-formed UTF-8 — checked by ICU, not by the engine's own
// validator.
inline bool is_utf8(const std::string& bytes) {
  std::u16string buf(bytes.size() + 1, u'\0');
  int32_t n = 0;
  UErrorCode st = U_ZERO_ERROR;
  u_strFromUTF8(buf.data(), static_cast<int32_t>(buf.size()), &n, bytes.data(),
                static_cast<int32_t>(bytes.size()), &st);
  return U_SUCCESS(st);
}

// Every file the engine wrote into `out` is valid UTF-8 (Excel and WPS show garbage
// from the first bad byte on).
inline void expect_outputs_utf8(const std::filesystem::path& out) {
  for (const char* f : kOutputFiles) {
    ASSERT_TRUE(std::filesystem::exists(out / f)) << f;
    EXPECT_TRUE(is_utf8(read_text(out / f))) << (out / f) << " is not valid UTF-8";
  }
}

class TempDataSet {
 public:
  TempDataSet() {
    static int counter = 0;
    root_ = std::filesystem::temp_directory_path() /
            ("qf-xc-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_ / "data");
  }
  ~TempDataSet() { std::filesystem::remove_all(root_); }
  void write(const std::string& name, const std::string& content) {
    std::ofstream out(root_ / "data" / name, std::ios::binary);
    out << content;
  }
  std::string data() const { return (root_ / "data").string(); }
  std::string out() const { return (root_ / "out").string(); }
  std::filesystem::path root() const { return root_; }

  Result<RunSummary> run(const std::string& as_of = "2024-06-30", RuleConfig config = {}, unsigned threads = 1) {
    RunOptions o;
    o.data_dir = data();
    o.out_dir = out();
    o.as_of = as_of;
    o.threads = threads;
    o.config = config;
    return run_crosscheck(o);
  }
  // (rule, key, cadre_id) of findings.csv.
  std::set<Triple> findings() const {
    std::set<Triple> s;
    auto rows = read_csv(root_ / "out" / "findings.csv");
    for (size_t i = 1; i < rows.size(); ++i) s.emplace(rows[i][0], rows[i][1], rows[i][2]);
    return s;
  }
  std::set<Triple> findings_of(const std::string& rule) const {
    std::set<Triple> s;
    for (auto& t : findings())
      if (std::get<0>(t) == rule) s.insert(t);
    return s;
  }
  // (file, line) of data_quality.csv.
  std::set<std::pair<std::string, std::string>> quality() const {
    std::set<std::pair<std::string, std::string>> s;
    auto rows = read_csv(root_ / "out" / "data_quality.csv");
    for (size_t i = 1; i < rows.size(); ++i) s.emplace(rows[i][0], rows[i][1]);
    return s;
  }

 private:
  std::filesystem::path root_;
};

}  // namespace qf::crosscheck::testing

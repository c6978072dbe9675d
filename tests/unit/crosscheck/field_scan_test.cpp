// The loader's field scanner must give exactly the records of csv::CsvReader (the
// reference): the same fields, line numbers and unterminated flags, on the AVX2 path
// and on the portable one, wherever a delimiter falls relative to the 32-byte blocks.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/csv_reader.h"
#include "crosscheck/field_scan.h"

namespace qf::crosscheck {
namespace {

struct Rec {
  std::vector<std::string> fields;
  uint64_t line;
  bool unterminated;
  bool operator==(const Rec&) const = default;
};

std::vector<Rec> reference(const std::string& text, uint64_t first_line) {
  std::vector<Rec> out;
  csv::CsvReader reader(text, first_line);
  csv::Record rec;
  while (reader.next(&rec)) out.push_back({{rec.fields.begin(), rec.fields.end()}, rec.line, rec.unterminated});
  return out;
}

std::vector<Rec> scanned(const std::string& text, uint64_t first_line, bool portable) {
  std::vector<Rec> out;
  FieldScanner scanner(text, first_line, portable);
  csv::Record rec;
  while (scanner.next(&rec)) out.push_back({{rec.fields.begin(), rec.fields.end()}, rec.line, rec.unterminated});
  return out;
}

void expect_same(const std::string& text) {
  auto ref = reference(text, 7);
  EXPECT_EQ(scanned(text, 7, false), ref) << "text: " << text;
  EXPECT_EQ(scanned(text, 7, true), ref) << "text (portable): " << text;
}

TEST(FieldScan, UsesAvx2WhereAvailable) {
#if defined(__x86_64__)
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi")) {
    EXPECT_TRUE(field_scan_uses_avx2());
  }
#endif
}

TEST(FieldScan, FixedCases) {
  for (const char* t : {"", "\n", "\r\n", "a", "a,b", "a,b\n", "a,b\r\n", "a,,b,\n,\n", "\n\n\na,b\n\r\n\nc\n",
                        "x\r\ry\n", "a\rb,c\r", "\"q\"", "\"q,1\",b\n", "\"a\"\"b\",c\r\n", "\"a\nb\",c\nd,e\n",
                        "\"a\"tail,b\n", "\"a\"\"b\"tail\n", "ab\"c,d\n", "\"unterminated,x\ny\n", "\"\"\n",
                        "\"a\"\r\nb\n", "\"a\"\rb\n", "C0001,张三,330102199001011234\nC0002,\"李\n四\",\n"}) {
    expect_same(t);
  }
}

TEST(FieldScan, DelimitersAtEveryOffsetAroundBlocks) {
  // A long quote-free record with one delimiter (or a quote) moved across the 32- and
  // 64-byte boundaries, with and without a final line break.
  for (char d : {',', '\n', '"', '\r'}) {
    for (size_t at = 0; at < 100; ++at) {
      std::string s(100, 'x');
      s[at] = d;
      expect_same(s);
      expect_same(s + "\n");
      expect_same(s + "\r\nnext,row\n");
    }
  }
}

TEST(FieldScan, QuotedFieldsAtEveryOffsetAroundBlocks) {
  // Whole quoted fields (the fast path) and the cases it hands to the reader (doubled
  // quotes, line breaks inside, text after the closing quote, unterminated), with the
  // opening and closing quotes moved across the 32- and 64-byte boundaries.
  for (const char* field : {"\"a,b\"", "\"\"", "\"中,文\"", "\"a\"\"b\"", "\"a\nb\"", "\"a\"x", "\"a\"\r", "\"open"}) {
    for (size_t at = 0; at < 100; ++at) {
      const std::string pad(at, 'x');
      expect_same(pad + "," + field);
      expect_same(pad + "," + field + "\n");
      expect_same(pad + "," + field + "\r\nnext,\"row\"\n");
      expect_same(pad + "," + field + ",tail\n");
      expect_same(std::string(field) + "," + pad + "\n" + field + "\n");
    }
  }
}

TEST(FieldScan, RandomInputsMatchTheReference) {
  std::mt19937 rng(20241126);
  const std::vector<std::string> atoms = {"a", "b", "1", ",", ",", "\n", "\r\n", "\r", "\"", "\"\"", "中", "é", " ",
                                          ",\"x,y\",", "\n\"q\"\n", ",\"\","};
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    size_t len = rng() % 160;
    // Mostly plain text (the fast path), sometimes quote-heavy (the general path).
    bool quotes = rng() % 3 == 0;
    while (s.size() < len) {
      const std::string& a = atoms[rng() % atoms.size()];
      if (!quotes && a.find('"') != std::string::npos) continue;
      s += a;
    }
    expect_same(s);
  }
}

}  // namespace
}  // namespace qf::crosscheck

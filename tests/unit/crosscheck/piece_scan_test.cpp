// The loader's fused first pass (line breaks + UTF-8 validity) must give exactly the
// answers of the portable functions it replaces, for every kind of byte sequence and
// wherever a sequence falls relative to the 32-byte blocks of the AVX2 path.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/csv_reader.h"
#include "core/text_encoding.h"
#include "crosscheck/piece_scan.h"

namespace qf::crosscheck {
namespace {

void expect_same(const std::string& s) {
  PieceScan fast = scan_piece(s, true);
  EXPECT_EQ(fast.valid_utf8, text::is_valid_utf8(s)) << "bytes of length " << s.size();
  EXPECT_EQ(fast.lines, csv::count_lines(s));
  PieceScan unchecked = scan_piece(s, false);
  EXPECT_TRUE(unchecked.valid_utf8);
  EXPECT_EQ(unchecked.lines, fast.lines);
  PieceScan portable = scan_piece_portable(s, true);
  EXPECT_EQ(portable.valid_utf8, fast.valid_utf8);
  EXPECT_EQ(portable.lines, fast.lines);
}

TEST(PieceScan, ValidTextAndLineCounts) {
#if defined(__x86_64__)
  // On a CPU with AVX2 the tests below exercise the fast path, not only the fallback.
  if (__builtin_cpu_supports("avx2")) {
    EXPECT_TRUE(scan_piece_uses_avx2());
  }
#endif
  expect_same("");
  expect_same("\n");
  expect_same("cadre_id,name\nC0001,张三\r\nC0002,\"李\n四\"\n");
  std::string cjk;
  for (int i = 0; i < 200; ++i) cjk += i % 7 == 0 ? "\n" : "浙江省杭州市西湖区·Ａ１😀é,";
  EXPECT_TRUE(scan_piece(cjk, true).valid_utf8);
  expect_same(cjk);
}

// Every classic invalid form, placed at every offset around two block boundaries and
// at the very end (a truncated sequence there must be refused).
TEST(PieceScan, InvalidFormsAtEveryOffset) {
  const std::vector<std::string> forms = {
      "\xC0\x80", "\xC1\xBF",              // overlong two-byte
      "\xE0\x80\x80", "\xE0\x9F\xBF",      // overlong three-byte
      "\xED\xA0\x80", "\xED\xBF\xBF",      // surrogates
      "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF",  // overlong four-byte
      "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xFE",  // too large / never used
      "\x80", "\xBF", "\xE4\xB8", "\xE4", "\xF0\x9F\x98", "\xC3",  // stray or cut short
      "\xE4\xB8\xAD\x80",                  // one continuation too many
      "\xC3\xA9", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80", "\xF0\x90\x80\x80",
      "\xF4\x8F\xBF\xBF", "\xEF\xBF\xBF", std::string("\0", 1),  // valid edges
  };
  for (const auto& form : forms) {
    for (size_t off = 0; off < 70; ++off) {
      std::string s(off, 'a');
      for (size_t i = 0; i < off; i += 9) s[i] = '\n';
      s += form;
      expect_same(s);           // at the end
      expect_same(s + "bc,\n");  // followed by ASCII
      expect_same(s + "中文");   // followed by a three-byte sequence
    }
  }
}

TEST(PieceScan, RandomBytesAgreeWithThePortablePass) {
  std::mt19937 rng(12345);
  const std::vector<std::string> atoms = {"a", ",", "\n", "\"", "张", "é", "😀", "·", "\xE4\xB8", "\x80",
                                          "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF", "\xF0"};
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s;
    size_t len = rng() % 120;
    bool only_valid = iter % 2 == 0;
    while (s.size() < len) {
      size_t a = rng() % (only_valid ? 8 : atoms.size());
      s += atoms[a];
    }
    if (iter % 5 == 0 && !s.empty()) s[rng() % s.size()] = static_cast<char>(rng() & 0xFF);
    expect_same(s);
    if (only_valid && iter % 5 != 0) {
      EXPECT_TRUE(scan_piece(s, true).valid_utf8);
    }
  }
}

}  // namespace
}  // namespace qf::crosscheck

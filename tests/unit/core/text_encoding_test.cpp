#include "core/text_encoding.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>

#include <unicode/ucnv.h>

namespace qf::text {
namespace {

TEST(TextEncoding, DetectsBomUtf8AndGb18030) {
  EXPECT_EQ(detect_encoding("\xEF\xBB\xBF" "a,b"), Encoding::kUtf8Bom);
  EXPECT_EQ(detect_encoding("姓名,部门"), Encoding::kUtf8);
  EXPECT_EQ(detect_encoding("\xD0\xD5\xC3\xFB"), Encoding::kGb18030);  // 姓名 in GBK
  EXPECT_EQ(detect_encoding(""), Encoding::kUtf8);
}

TEST(TextEncoding, ConvertsGb18030ToUtf8) {
  auto r = to_utf8("\xD0\xD5\xC3\xFB,\xB2\xBF\xC3\xC5\r\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "姓名,部门\r\n");
  // A four-byte GB18030 sequence (U+20000).
  auto r4 = gb18030_to_utf8("\x95\x32\x82\x36");
  ASSERT_TRUE(r4.ok());
  EXPECT_EQ(*r4, "\xF0\xA0\x80\x80");
}

TEST(TextEncoding, StripsBom) {
  auto r = to_utf8("\xEF\xBB\xBF" "x");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "x");
}

TEST(TextEncoding, RejectsMalformedUtf8) {
  EXPECT_TRUE(is_valid_utf8("plain ascii text that is long enough for the fast path"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(is_valid_utf8("abc\xE4\xB8"));       // truncated
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));
}

TEST(TextEncoding, RepairReplacesEachStrayByteAndKeepsValidText) {
  EXPECT_EQ(repair_utf8("姓名 plain \xF0\x9F\x98\x80"), "姓名 plain \xF0\x9F\x98\x80");
  EXPECT_EQ(repair_utf8("\xD0\xD5,x"), "\xEF\xBF\xBD\xEF\xBF\xBD,x");  // GBK 姓 behind a BOM
  EXPECT_EQ(repair_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");      // overlong
  EXPECT_EQ(repair_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(repair_utf8("abc\xE4\xB8"), "abc\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated at the end
  EXPECT_TRUE(is_valid_utf8(repair_utf8("\x95\x32\x82\x36\xFF\xFE")));
}

// ICU's own conversion, the reference of the table-driven one.
std::string icu_reference(const std::string& bytes) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> from(ucnv_open("GB18030", &st), ucnv_close);
  std::unique_ptr<UConverter, void (*)(UConverter*)> to(ucnv_open("UTF-8", &st), ucnv_close);
  std::string out(bytes.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  UChar pivot[64];
  UChar* ps = pivot;
  UChar* pt = pivot;
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                 pivot, &ps, &pt, pivot + 64, true, true, &st);
  EXPECT_FALSE(U_FAILURE(st));
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

TEST(TextEncoding, TableDecodingEqualsIcuForEveryTwoByteSequence) {
  std::string all;
  for (int lead = 0x81; lead <= 0xFE; ++lead)
    for (int trail = 0x40; trail <= 0xFE; ++trail) {
      if (trail == 0x7F) continue;
      const std::string pair = {static_cast<char>(lead), static_cast<char>(trail)};
      auto r = gb18030_to_utf8(pair);
      ASSERT_TRUE(r.ok());
      ASSERT_EQ(*r, icu_reference(pair)) << std::hex << lead << " " << trail;
      all += pair;
      all += ',';
    }
  std::string buffer;
  auto r = gb18030_to_utf8(all, buffer);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(std::string(*r), icu_reference(all));
}

TEST(TextEncoding, TableDecodingEqualsIcuOnRandomAndIllFormedInput) {
  // GBK pairs, four-byte sequences, ASCII runs, and ill-formed bytes (lone leads,
  // 0x80, 0xFF, truncated sequences) in random order: the buffer is reused between
  // inputs of different sizes, as the loader does.
  std::mt19937 rng(20261206);
  const std::vector<std::string> atoms = {"a", "12345678", ",", "\r\n", "\xD0\xD5", "\xC3\xFB", "\xB2\xBF",
                                          "\x81\x39\xA6\x36", "\x95\x32\x82\x36", "\xA1\xA4", "\xA3\xB1",
                                          "\x80", "\xFF", "\x81", "\x81\x30", "\x81\x30\x81", "\xFE\xFE",
                                          "\xAA\xA1", "\x81\x7F"};
  std::string buffer;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const size_t len = rng() % 200;
    const bool ill = rng() % 4 == 0;
    while (s.size() < len) {
      const std::string& a = atoms[rng() % atoms.size()];
      const bool bad = a == "\x80" || a == "\xFF" || a == "\x81" || a == "\x81\x30" || a == "\x81\x30\x81" ||
                       a == "\x81\x7F";
      if (bad && !ill) continue;
      s += a;
    }
    auto r = gb18030_to_utf8(s, buffer);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(std::string(*r), icu_reference(s)) << "round " << round;
    EXPECT_TRUE(is_valid_utf8(*r));
  }
}

}  // namespace
}  // namespace qf::text

#include "core/text_encoding.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace qf::text

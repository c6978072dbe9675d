#include "core/chinese_text.h"

#include <gtest/gtest.h>

namespace qf::text {
namespace {

TEST(ChineseText, SimplifiedTableIsLoaded) { EXPECT_TRUE(simplified_table_loaded()); }

TEST(ChineseText, PersonNameRemovesAllWhiteSpace) {
  EXPECT_EQ(normalize_person_name("赵　睿平"), "赵睿平");
  EXPECT_EQ(normalize_person_name(" 闫  英嘉 \t"), "闫英嘉");
}

TEST(ChineseText, PersonNameFoldsEveryMiddleDot) {
  const std::string want = "努尔艾力\xC2\xB7卡德尔";
  for (const char* dot : {"\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\xA7", "\xE3\x83\xBB", "\xEF\xBC\x8E", "."}) {
    EXPECT_EQ(normalize_person_name(std::string("努尔艾力") + dot + "卡德尔"), want) << dot;
  }
}

TEST(ChineseText, PersonNameTraditionalToSimplified) {
  EXPECT_EQ(normalize_person_name("趙睿平"), "赵睿平");
  EXPECT_EQ(normalize_person_name("鄒琳丹"), "邹琳丹");
}

TEST(ChineseText, CompanyNameNfkcSimplifiedAndSuffix) {
  EXPECT_EQ(normalize_company_name("杭州（西湖）科技有限責任公司"), "杭州(西湖)科技有限公司");
  EXPECT_EQ(normalize_company_name(" 浙江天通办公用品有限公司 "), "浙江天通办公用品有限公司");
  EXPECT_EQ(normalize_company_name("杭州\n信越家具有限公司"), "杭州信越家具有限公司");
  EXPECT_EQ(normalize_company_name("義烏信山建設工程有限公司"), "义乌信山建设工程有限公司");
}

TEST(ChineseText, AddressNfkcNoSpaceSimplified) {
  EXPECT_EQ(normalize_address("浙江省杭州市富陽區五常大道６１２號２７層"), "浙江省杭州市富阳区五常大道612号27层");
  EXPECT_EQ(normalize_address("杭州市　桐庐县德胜路286号"), "杭州市桐庐县德胜路286号");
}

TEST(ChineseText, PhoneDigitsOnlyWithoutCountryCode) {
  EXPECT_EQ(normalize_phone("0571-5440 5330"), "057154405330");
  EXPECT_EQ(normalize_phone("+86 138 1234 5678"), "13812345678");
  EXPECT_EQ(normalize_phone("86-0571-53272897"), "057153272897");
  EXPECT_EQ(normalize_phone("１３８１２３４５６７８"), "13812345678");
  EXPECT_EQ(normalize_phone(""), "");
}

TEST(ChineseText, LabelTrimsUnicodeSpaceOnly) {
  EXPECT_EQ(normalize("　数据治理(00001) ", kLabel), "数据治理(00001)");
  EXPECT_EQ(normalize("财务处 ", kLabel), "财务处");
  EXPECT_EQ(normalize("综合 处", kLabel), "综合 处");
}

TEST(ChineseText, EnumValuesCompareCaseInsensitively) {
  EXPECT_EQ(normalize(" TRUE ", kEnumValue), "true");
  EXPECT_EQ(normalize("Ｙ", kEnumValue), "y");
}

TEST(ChineseText, CertificateUpperNoSpace) {
  EXPECT_EQ(normalize("浙（２０１１） 杭州市不动产权第００００００２号", kCertificate), "浙(2011)杭州市不动产权第0000002号");
  EXPECT_EQ(normalize("abc 123", kCertificate), "ABC123");
}

TEST(ChineseText, TrimHandlesIdeographicSpace) {
  EXPECT_EQ(trim("\xE3\x80\x80" "a b\xE3\x80\x80"), "a b");
  EXPECT_EQ(trim("   "), "");
}

TEST(ChineseText, InvalidBytesPassThrough) {
  std::string bad = "a\xFF" "b";
  EXPECT_EQ(normalize(bad, kAddress), bad);
}

}  // namespace
}  // namespace qf::text

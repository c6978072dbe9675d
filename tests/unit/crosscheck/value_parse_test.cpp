#include "crosscheck/value_parse.h"

#include <gtest/gtest.h>

namespace qf::crosscheck {
namespace {

int32_t D(int y, unsigned m, unsigned d) { return days_from_civil(y, m, d); }

TEST(ValueParse, EveryDateForm) {
  int32_t d = 0;
  for (const char* s : {"2023-04-05", "2023/4/5", "2023年4月5日", "20230405", "2023-4-5", "2023/04/05"}) {
    ASSERT_TRUE(parse_date(s, &d)) << s;
    EXPECT_EQ(d, D(2023, 4, 5)) << s;
  }
  EXPECT_EQ(format_date(D(2024, 2, 29)), "2024-02-29");
}

TEST(ValueParse, BadDates) {
  int32_t d;
  for (const char* s : {"20231301", "2023-02-30", "2023-13-01", "23-4-5", "2023年4月", "abc", "2023-04-05x"})
    EXPECT_FALSE(parse_date(s, &d)) << s;
}

TEST(ValueParse, EveryAmountForm) {
  int64_t f = 0;
  struct { const char* s; int64_t fen; } cases[] = {
      {"1234567.5", 123456750}, {"1,234,567.50", 123456750}, {"\xC2\xA5" "1234567.50", 123456750},
      {"1234567.50元", 123456750}, {"\xC2\xA5" "1,234,567元", 123456700}, {"0", 0}, {"12.3", 1230}};
  for (auto& c : cases) {
    ASSERT_TRUE(parse_amount_fen(c.s, &f)) << c.s;
    EXPECT_EQ(f, c.fen) << c.s;
  }
  for (const char* s : {"", "abc", "12.345", "-5", "1.2.3", "元"}) EXPECT_FALSE(parse_amount_fen(s, &f)) << s;
}

TEST(ValueParse, Booleans) {
  bool b;
  for (const char* s : {"是", "y", "1", "true"}) { ASSERT_TRUE(parse_bool(s, &b)); EXPECT_TRUE(b); }
  for (const char* s : {"否", "n", "0", "false"}) { ASSERT_TRUE(parse_bool(s, &b)); EXPECT_FALSE(b); }
  EXPECT_FALSE(parse_bool("maybe", &b));
}

TEST(ValueParse, AreaAndPercent) {
  int64_t v;
  ASSERT_TRUE(parse_area_centi("162.09", &v));
  EXPECT_EQ(v, 16209);
  ASSERT_TRUE(parse_area_centi("90平方米", &v));
  EXPECT_EQ(v, 9000);
  ASSERT_TRUE(parse_area_centi("90m2", &v));
  EXPECT_EQ(v, 9000);
  ASSERT_TRUE(parse_percent_centi("30.00%", &v));
  EXPECT_EQ(v, 3000);
  EXPECT_FALSE(parse_area_centi("大约九十", &v));
}

}  // namespace
}  // namespace qf::crosscheck

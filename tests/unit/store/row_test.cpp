// Row accessors: conversions between the stored value types.
#include <gtest/gtest.h>

#include "store/database.h"

namespace qf::store {
namespace {

Row make_row() {
  auto cols = std::make_shared<std::vector<std::string>>(std::vector<std::string>{"n", "d", "s", "b", "z"});
  return Row(cols, {Value{int64_t{42}}, Value{2.5}, Value{std::string("清风")}, Value{Blob{std::string("a\0b", 3)}},
                    Value{nullptr}});
}

TEST(Row, ReadsByIndexAndName) {
  Row r = make_row();
  EXPECT_EQ(r.i64("n"), 42);
  EXPECT_EQ(r.i64(0), 42);
  EXPECT_DOUBLE_EQ(r.f64("d"), 2.5);
  EXPECT_EQ(r.text("s"), "清风");
  EXPECT_EQ(r.text("b"), std::string("a\0b", 3));
  EXPECT_EQ(std::get<Blob>(r.at("b")).bytes.size(), 3u);
}

TEST(Row, NullReadsAsZeroAndEmptyButIsDistinguishable) {
  Row r = make_row();
  EXPECT_TRUE(r.is_null("z"));
  EXPECT_FALSE(r.is_null("n"));
  EXPECT_EQ(r.i64("z"), 0);
  EXPECT_EQ(r.text("z"), "");
  EXPECT_FALSE(r.opt_i64("z").has_value());
  EXPECT_FALSE(r.opt_text("z").has_value());
  EXPECT_EQ(r.opt_i64("n"), 42);
  EXPECT_EQ(r.opt_text("s"), "清风");
}

TEST(Row, FormatsNumbersAsText) {
  Row r = make_row();
  EXPECT_EQ(r.text("n"), "42");
  EXPECT_EQ(r.text("d"), "2.5");
  EXPECT_TRUE(r.boolean("n"));
}

}  // namespace
}  // namespace qf::store

#include "crosscheck/config.h"

#include <gtest/gtest.h>

namespace qf::crosscheck {
namespace {

TEST(RuleConfig, DefaultsAreTheContracts) {
  RuleConfig c;
  EXPECT_EQ(c.open_tender_threshold, 2'000'000);
  EXPECT_EQ(c.thresholds, (std::vector<double>{1'000'000, 2'000'000}));
  EXPECT_DOUBLE_EQ(c.near_threshold_margin, 0.05);
  EXPECT_DOUBLE_EQ(c.single_source_share, 0.5);
  EXPECT_EQ(c.single_source_min_total, 200'000);
  EXPECT_EQ(c.new_company_min_amount, 100'000);
  EXPECT_EQ(c.new_company_days, 90);
  EXPECT_EQ(c.property_area_tolerance, 1);
}

TEST(RuleConfig, TomlOverridesOnlyGivenKeys) {
  RuleConfig c;
  ASSERT_TRUE(parse_rule_config("[crosscheck]\nopen_tender_threshold = 4000000\nthresholds = [500000, 4000000.0]\n"
                                "new_company_days = 30\n[other]\nx = 1\n",
                                "t.toml", &c).ok());
  EXPECT_EQ(c.open_tender_threshold, 4'000'000);
  EXPECT_EQ(c.thresholds, (std::vector<double>{500'000, 4'000'000}));
  EXPECT_EQ(c.new_company_days, 30);
  EXPECT_DOUBLE_EQ(c.near_threshold_margin, 0.05);
}

TEST(RuleConfig, NoTableKeepsDefaults) {
  RuleConfig c;
  ASSERT_TRUE(parse_rule_config("[server]\nport = 8080\n", "t.toml", &c).ok());
  EXPECT_EQ(c.new_company_days, 90);
}

TEST(RuleConfig, BadValuesNameTheKey) {
  RuleConfig c;
  auto st = parse_rule_config("[crosscheck]\nnear_threshold_margin = \"five\"\n", "t.toml", &c);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message_en.find("near_threshold_margin"), std::string::npos);
  EXPECT_FALSE(parse_rule_config("[crosscheck]\nsingle_source_share = 1.5\n", "t.toml", &c).ok());
  EXPECT_FALSE(parse_rule_config("[crosscheck]\nnew_company_days = 2.5\n", "t.toml", &c).ok());
  auto bad = parse_rule_config("[crosscheck\n", "t.toml", &c);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().field.find("t.toml"), std::string::npos);
}

}  // namespace
}  // namespace qf::crosscheck

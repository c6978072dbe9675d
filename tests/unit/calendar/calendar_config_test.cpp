// [calendar] configuration and the missing-year reminder (domain/calendar/calendar_config.h).
#include <gtest/gtest.h>

#include "domain/calendar/calendar_config.h"

namespace qf::calendar_store {
namespace {

Date day(const char* s) { return *Date::parse(s); }

TEST(CalendarConfig, DefaultIsNovemberAndTheKeyIsRead) {
  auto d = CalendarConfig::from_toml("");
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  EXPECT_EQ(d->remind_next_year_from_month, 11);
  for (std::string header : {"", "[calendar]\n"}) {
    auto c = CalendarConfig::from_toml(header + "remind_next_year_from_month = 0\n");
    ASSERT_TRUE(c.ok()) << c.error().to_string();
    EXPECT_EQ(c->remind_next_year_from_month, 0);
  }
}

TEST(CalendarConfig, BadValuesAndUnknownKeysNameTheLine) {
  for (const char* bad : {"remind_next_year_from_month = 13", "remind_next_year_from_month = -1",
                          "remind_next_year_from_month = \"11\"", "remind_next_year_from_month = 11.5"}) {
    auto c = CalendarConfig::from_toml(std::string("[calendar]\n\n") + bad + "\n", "qingfeng.toml");
    ASSERT_FALSE(c.ok()) << bad;
    EXPECT_EQ(c.error().field, "qingfeng.toml:3") << bad;
    EXPECT_NE(c.error().message_zh.find("calendar.remind_next_year_from_month"), std::string::npos);
    EXPECT_NE(c.error().message_en.find("from 0 to 12"), std::string::npos) << c.error().message_en;
  }
  auto unknown = CalendarConfig::from_toml("[calendar]\nremind_from = 11\n", "qingfeng.toml");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().field, "qingfeng.toml:2");
  EXPECT_NE(unknown.error().message_en.find("unknown setting calendar.remind_from"), std::string::npos);
}

TEST(CalendarReminder, CurrentYearMissingIsAlwaysReminded) {
  CalendarConfig cfg;
  auto m = missing_years({2024, 2025, 2026}, day("2027-01-04"), cfg);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].year, 2027);
  EXPECT_TRUE(m[0].current);
  EXPECT_TRUE(missing_years({2026, 2027}, day("2027-01-04"), cfg).empty());
}

TEST(CalendarReminder, NextYearFromTheConfiguredMonthOn) {
  CalendarConfig cfg;  // from November
  EXPECT_TRUE(missing_years({2026}, day("2026-10-31"), cfg).empty());
  auto m = missing_years({2026}, day("2026-11-01"), cfg);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].year, 2027);
  EXPECT_FALSE(m[0].current);
  EXPECT_TRUE(missing_years({2026, 2027}, day("2026-12-31"), cfg).empty());
  // Neither year: both, the current first.
  auto both = missing_years({2025}, day("2026-12-01"), cfg);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].year, 2026);
  EXPECT_TRUE(both[0].current);
  EXPECT_EQ(both[1].year, 2027);
  cfg.remind_next_year_from_month = 0;  // never about next year; the current year still
  EXPECT_TRUE(missing_years({2026}, day("2026-12-31"), cfg).empty());
  EXPECT_EQ(missing_years({}, day("2026-12-31"), cfg).size(), 1u);
  cfg.remind_next_year_from_month = 1;  // all year round
  EXPECT_EQ(missing_years({2026}, day("2026-01-01"), cfg).size(), 1u);
}

}  // namespace
}  // namespace qf::calendar_store

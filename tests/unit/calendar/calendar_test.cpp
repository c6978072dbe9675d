// The working-day calendar against the shipped national calendar: the Spring Festival
// and National Day holidays of 2025/2026 with their 班 make-up days, the counting rule
// (start day not counted), month arithmetic at month ends, import errors naming lines.
#include "core/calendar.h"

#include <gtest/gtest.h>

namespace qf {

// Readable dates in failure messages.
inline void PrintTo(const Date& d, std::ostream* os) { *os << d.to_string(); }

namespace {

Date D(const char* s) {
  auto r = Date::parse(s);
  EXPECT_TRUE(r.ok()) << s;
  return r.ok() ? *r : Date{};
}

const WorkingDayCalendar& national() {
  static const WorkingDayCalendar cal = [] {
    auto r = WorkingDayCalendar::load_file(std::string(QF_SOURCE_DIR) + "/share/calendar/cn-holidays.csv");
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().to_string());
    return r.ok() ? *r : WorkingDayCalendar{};
  }();
  return cal;
}

// ---- Date ----

TEST(Date, ParsesAndFormatsIsoDays) {
  Date d = D("2025-02-08");
  EXPECT_EQ(d.year(), 2025);
  EXPECT_EQ(d.month(), 2u);
  EXPECT_EQ(d.day(), 8u);
  EXPECT_EQ(d.iso_weekday(), 6u);  // Saturday
  EXPECT_EQ(d.to_string(), "2025-02-08");
  EXPECT_EQ(D("1970-01-01").days_since_epoch(), 0);
}

TEST(Date, RefusesMalformedOrUnrealDaysNamingTheField) {
  for (const char* bad : {"2025-02-29", "2025-13-01", "2025-1-05", "2025/01/05", "", "20250105", "2025-01-0x",
                          "0000-01-01"}) {
    auto r = Date::parse(bad, "received_on");
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().field, "received_on");
    EXPECT_FALSE(r.error().message_zh.empty());
    EXPECT_NE(r.error().message_en.find("YYYY-MM-DD"), std::string::npos);
  }
  EXPECT_TRUE(Date::parse("2024-02-29").ok());
}

TEST(Date, AddMonthsClampsToTheEndOfShorterMonths) {
  EXPECT_EQ(D("2025-01-31").add_months(1), D("2025-02-28"));
  EXPECT_EQ(D("2024-01-31").add_months(1), D("2024-02-29"));  // leap year
  EXPECT_EQ(D("2025-03-31").add_months(1), D("2025-04-30"));
  EXPECT_EQ(D("2025-08-31").add_months(1), D("2025-09-30"));
  EXPECT_EQ(D("2025-12-31").add_months(2), D("2026-02-28"));
  EXPECT_EQ(D("2025-12-15").add_months(1), D("2026-01-15"));
  EXPECT_EQ(D("2025-03-31").add_months(-1), D("2025-02-28"));
  EXPECT_EQ(D("2025-02-28").add_months(1), D("2025-03-28"));
}

TEST(Date, CivilDayFromAnInstantFollowsBeijingTime) {
  // 2025-01-27T16:30:00Z is 00:30 on 2025-01-28 in China.
  int64_t ms = (D("2025-01-27").days_since_epoch() * 86400 + 16 * 3600 + 30 * 60) * 1000LL;
  EXPECT_EQ(Date::from_unix_ms(ms, 480), D("2025-01-28"));
  EXPECT_EQ(Date::from_unix_ms(ms, 0), D("2025-01-27"));
}

// ---- the shipped national calendar ----

TEST(NationalCalendar, ShipsWithTheProductAndCoversTwentyFiveAndTwentySix) {
  EXPECT_GT(national().size(), 100u);
  ASSERT_NE(national().find(D("2026-02-14")), nullptr);
  EXPECT_EQ(national().find(D("2026-02-14"))->kind, CalendarDayKind::kWorkDay);
  EXPECT_EQ(national().find(D("2026-02-14"))->holiday, "春节");
}

TEST(NationalCalendar, SpringFestival2025HolidaysAndMakeUpDays) {
  const auto& cal = national();
  EXPECT_TRUE(cal.is_working_day(D("2025-01-26")));   // Sunday, 班
  EXPECT_TRUE(cal.is_working_day(D("2025-01-27")));   // Monday
  EXPECT_FALSE(cal.is_working_day(D("2025-01-28")));  // 除夕, 休
  EXPECT_FALSE(cal.is_working_day(D("2025-02-04")));  // Tuesday, last day off
  EXPECT_TRUE(cal.is_working_day(D("2025-02-05")));
  EXPECT_TRUE(cal.is_working_day(D("2025-02-08")));   // Saturday, 班
  EXPECT_FALSE(cal.is_working_day(D("2025-02-09")));  // ordinary Sunday
}

TEST(NationalCalendar, WrittenInquiryReplyAcrossSpringFestival2025) {
  // Letter sent Friday 2025-01-24; 15 working days, the sending day not counted:
  // 01-26(班) 01-27 | 02-05 02-06 02-07 02-08(班) | 02-10..14 | 02-17 02-18 02-19 02-20.
  Date due = national().add_working_days(D("2025-01-24"), 15);
  EXPECT_EQ(due, D("2025-02-20"));
  EXPECT_EQ(national().working_days_between(D("2025-01-24"), due), 15);
  // Without the calendar it would have been 2025-02-14.
  EXPECT_EQ(WorkingDayCalendar{}.add_working_days(D("2025-01-24"), 15), D("2025-02-14"));
}

TEST(NationalCalendar, NationalDay2025WithMakeUpDaysOnBothSides) {
  const auto& cal = national();
  // From Friday 2025-09-26: 09-28(Sun, 班) 09-29 09-30 | 10-09 10-10 | 10-11(Sat, 班).
  EXPECT_EQ(cal.add_working_days(D("2025-09-26"), 1), D("2025-09-28"));
  EXPECT_EQ(cal.add_working_days(D("2025-09-26"), 3), D("2025-09-30"));
  EXPECT_EQ(cal.add_working_days(D("2025-09-26"), 4), D("2025-10-09"));
  EXPECT_EQ(cal.add_working_days(D("2025-09-26"), 6), D("2025-10-11"));
  EXPECT_EQ(cal.working_days_between(D("2025-09-30"), D("2025-10-08")), 0);
}

TEST(NationalCalendar, SpringFestival2026AndNationalDay2026) {
  const auto& cal = national();
  EXPECT_EQ(cal.add_working_days(D("2026-02-13"), 1), D("2026-02-14"));  // Saturday 班
  EXPECT_EQ(cal.add_working_days(D("2026-02-13"), 2), D("2026-02-24"));  // 02-15..23 off
  // 02-24..27, 02-28(班), 03-02..06, 03-09..13.
  EXPECT_EQ(cal.add_working_days(D("2026-02-14"), 15), D("2026-03-13"));
  // 15 working days from 2026-09-18 (Fri): 09-20(班) 21 22 23 24 | 28 29 30 | 10-08 09 10(班) | 12 13 14 15.
  EXPECT_EQ(cal.add_working_days(D("2026-09-18"), 15), D("2026-10-15"));
}

TEST(NationalCalendar, StartDayNeverCountsEvenWhenItIsAWorkingDay) {
  const auto& cal = national();
  EXPECT_EQ(cal.add_working_days(D("2025-03-03"), 1), D("2025-03-04"));
  EXPECT_EQ(cal.add_working_days(D("2025-03-03"), 0), D("2025-03-03"));
  // Started on a holiday: the first working day after it is day 1.
  EXPECT_EQ(cal.add_working_days(D("2025-10-01"), 1), D("2025-10-09"));
}

TEST(NationalCalendar, CountsBackwards) {
  const auto& cal = national();
  EXPECT_EQ(cal.add_working_days(D("2025-02-05"), -1), D("2025-01-27"));
  EXPECT_EQ(cal.add_working_days(D("2025-02-05"), -2), D("2025-01-26"));
  EXPECT_EQ(cal.working_days_between(D("2025-02-20"), D("2025-01-24")), -15);
}

TEST(NationalCalendar, RollsAHolidayToTheNextWorkingDay) {
  const auto& cal = national();
  EXPECT_EQ(cal.roll_to_working_day(D("2025-10-01")), D("2025-10-09"));
  EXPECT_EQ(cal.roll_to_working_day(D("2025-10-11")), D("2025-10-11"));
  EXPECT_EQ(cal.roll_to_working_day(D("2025-02-09")), D("2025-02-10"));
}

TEST(NationalCalendar, BetweenAgreesWithDayByDayCountingOverThreeYears) {
  const auto& cal = national();
  Date first = D("2023-12-20");
  for (int s = 0; s < 1130; s += 7) {
    Date a = first.add_days(s);
    int64_t naive = 0;
    for (int len = 0; len < 60; ++len) {
      Date b = a.add_days(len);
      if (len > 0 && cal.is_working_day(b)) ++naive;
      ASSERT_EQ(cal.working_days_between(a, b), naive) << a.to_string() << " .. " << b.to_string();
    }
    for (int n = 1; n <= 30; ++n) {
      Date due = cal.add_working_days(a, n);
      ASSERT_TRUE(cal.is_working_day(due));
      ASSERT_EQ(cal.working_days_between(a, due), n);
    }
  }
}

// ---- import and editing ----

TEST(CalendarImport, RefusesBadRowsNamingTheLine) {
  struct Case {
    const char* csv;
    const char* field;
    const char* en_part;
  } cases[] = {
      {"date,kind,holiday,source\n2025-01-01,休,元旦,x\n2025-02-30,休,春节,x\n", "up.csv:3", "2025-02-30"},
      {"date,kind,holiday,source\n2025-01-01,放,元旦,x\n", "up.csv:2", "放"},
      {"date,kind,holiday,source\n2025-01-01,休,元旦,x\n\n2025-01-01,休,元旦,x\n", "up.csv:4", "twice"},
      {"date,kind,holiday,source\n2025-01-27,班,春节,x\n", "up.csv:2", "Monday"},
      {"date,kind,holiday,source\n2025-01-01\n", "up.csv:2", "kind"},
      {"日期,类型\n2025-01-01,休\n", "up.csv:1", "header"},
      {"", "up.csv:1", "empty"},
  };
  for (const auto& c : cases) {
    auto r = WorkingDayCalendar::from_csv(c.csv, "up.csv");
    ASSERT_FALSE(r.ok()) << c.csv;
    EXPECT_EQ(r.error().field, c.field) << c.csv;
    EXPECT_NE(r.error().message_en.find(c.en_part), std::string::npos) << r.error().message_en;
    EXPECT_NE(r.error().message_zh.find(c.field), std::string::npos) << r.error().message_zh;
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  }
}

TEST(CalendarImport, AcceptsBomCrlfQuotedNamesAndExtraColumns) {
  auto r = WorkingDayCalendar::from_csv(
      "\xEF\xBB\xBF" "date,kind,holiday,source,note\r\n2025-01-01,休,\"元旦, New Year\",通知,x\r\n2025-01-26,班,春节,通知,y\r\n",
      "x.csv");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->size(), 2u);
  EXPECT_EQ(r->find(D("2025-01-01"))->holiday, "元旦, New Year");
  EXPECT_FALSE(r->is_working_day(D("2025-01-01")));
  EXPECT_TRUE(r->is_working_day(D("2025-01-26")));
}

TEST(CalendarImport, MissingFileIsNamed) {
  auto r = WorkingDayCalendar::load_file("/nonexistent/cal.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "/nonexistent/cal.csv");
}

TEST(CalendarEditing, ALocalHolidayAddedAndRemovedChangesDeadlines) {
  WorkingDayCalendar cal = national();
  Date start = D("2025-03-07");  // Friday
  EXPECT_EQ(cal.add_working_days(start, 1), D("2025-03-10"));
  ASSERT_TRUE(cal.upsert({D("2025-03-10"), CalendarDayKind::kRestDay, "本单位假日", "局办公室通知"}).ok());
  EXPECT_FALSE(cal.is_working_day(D("2025-03-10")));
  EXPECT_EQ(cal.add_working_days(start, 1), D("2025-03-11"));
  EXPECT_TRUE(cal.remove(D("2025-03-10")));
  EXPECT_FALSE(cal.remove(D("2025-03-10")));
  EXPECT_EQ(cal.add_working_days(start, 1), D("2025-03-10"));
  // A make-up Saturday; then a typo (班 on a Wednesday) is refused.
  ASSERT_TRUE(cal.upsert({D("2025-03-08"), CalendarDayKind::kWorkDay, "补班", ""}).ok());
  EXPECT_EQ(cal.add_working_days(start, 1), D("2025-03-08"));
  auto bad = cal.upsert({D("2025-03-12"), CalendarDayKind::kWorkDay, "补班", ""});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "date");
}

TEST(CalendarEditing, ExportThenImportGivesTheSameCalendar) {
  WorkingDayCalendar cal = national();
  ASSERT_TRUE(cal.upsert({D("2025-03-10"), CalendarDayKind::kRestDay, "局庆, \"30\"", ""}).ok());
  auto again = WorkingDayCalendar::from_csv(cal.to_csv(), "export.csv");
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  ASSERT_EQ(again->size(), cal.size());
  auto a = cal.entries(), b = again->entries();
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].date, b[i].date);
    EXPECT_EQ(a[i].kind, b[i].kind);
    EXPECT_EQ(a[i].holiday, b[i].holiday);
    EXPECT_EQ(a[i].source, b[i].source);
  }
}

}  // namespace
}  // namespace qf

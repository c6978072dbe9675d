// The calendar table: seeded by migration with exactly the shipped national calendar,
// loaded for deadline arithmetic, imported all-or-nothing, edited day by day.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "domain/calendar/calendar_store.h"
#include "support/test_databases.h"

namespace qf {
namespace {

class CalendarStoreTest : public testing::DatabaseTest {};

std::string shipped_csv() {
  std::ifstream in(std::string(QF_SOURCE_DIR) + "/share/calendar/cn-holidays.csv", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Date d(const char* s) { return *Date::parse(s); }

TEST_P(CalendarStoreTest, MigrationSeedsExactlyTheShippedCalendar) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  auto shipped = WorkingDayCalendar::from_csv(shipped_csv(), "cn-holidays.csv");
  ASSERT_TRUE(shipped.ok()) << shipped.error().to_string();
  auto stored = calendar_store::load(lease->get());
  ASSERT_TRUE(stored.ok()) << stored.error().to_string();
  ASSERT_GT(shipped->size(), 90u);
  EXPECT_EQ(stored->to_csv(), shipped->to_csv());
  auto ys = calendar_store::years(lease->get());
  ASSERT_TRUE(ys.ok());
  EXPECT_EQ(*ys, (std::vector<int>{2024, 2025, 2026}));
  // The loaded calendar counts like the file: a 函询 sent on Friday 2025-01-24 with 15
  // working days is due on 2025-02-20 (Spring Festival, 班 on 01-26 and 02-08).
  EXPECT_EQ(stored->add_working_days(d("2025-01-24"), 15), d("2025-02-20"));
  EXPECT_FALSE(stored->is_working_day(d("2026-10-01")));
  EXPECT_TRUE(stored->is_working_day(d("2026-10-10")));  // Saturday make-up day
}

TEST_P(CalendarStoreTest, ListsOneYearInDateOrder) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  auto rows = calendar_store::list(lease->get(), 2025);
  ASSERT_TRUE(rows.ok());
  ASSERT_FALSE(rows->empty());
  for (size_t i = 0; i < rows->size(); ++i) {
    EXPECT_EQ((*rows)[i].entry.date.year(), 2025);
    if (i) {
      EXPECT_LT((*rows)[i - 1].entry.date, (*rows)[i].entry.date);
    }
  }
  EXPECT_EQ((*rows)[0].entry.date, d("2025-01-01"));
  EXPECT_EQ((*rows)[0].entry.holiday, "元旦");
}

TEST_P(CalendarStoreTest, ImportAddsAndReplacesRowsAndKeepsTheOthers) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  auto& conn = lease->get();
  auto before = calendar_store::load(conn);
  ASSERT_TRUE(before.ok());
  std::string csv =
      "\xEF\xBB\xBF" "date,kind,holiday,source\r\n"
      "2027-01-01,休,元旦,国办发明电〔2026〕1号\r\n"
      "2027-02-06,班,春节,国办发明电〔2026〕1号\r\n"
      "2026-10-01,休,国庆节,国务院办公厅2025年11月4日通知\r\n"   // identical → unchanged
      "2026-12-31,休,局庆,局办通知\r\n";                          // Thursday, new local holiday
  auto sum = calendar_store::import_csv(conn, csv, "2027.csv", 7, 1000);
  ASSERT_TRUE(sum.ok()) << sum.error().to_string();
  EXPECT_EQ(sum->added, 3);
  EXPECT_EQ(sum->replaced, 0);
  EXPECT_EQ(sum->unchanged, 1);
  auto after = calendar_store::load(conn);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->size(), before->size() + 3);
  EXPECT_FALSE(after->is_working_day(d("2026-12-31")));
  EXPECT_TRUE(after->is_working_day(d("2027-02-06")));
  auto rows = calendar_store::list(conn, 2027);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ(rows->front().updated_by, std::optional<int64_t>(7));
  EXPECT_EQ(rows->front().updated_at, 1000);

  // A second import replacing a day's name counts as replaced.
  auto again = calendar_store::import_csv(conn, "date,kind,holiday\n2026-12-31,休,建局纪念日\n", "fix.csv", 7, 2000);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->replaced, 1);
  EXPECT_EQ(calendar_store::load(conn)->find(d("2026-12-31"))->holiday, "建局纪念日");
}

TEST_P(CalendarStoreTest, BadImportNamesTheLineAndWritesNothing) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  auto& conn = lease->get();
  auto before = calendar_store::load(conn)->to_csv();
  // Line 3 is fine, line 4 puts 班 on a Wednesday.
  std::string csv =
      "date,kind,holiday,source\n"
      "2027-01-01,休,元旦,\n"
      "2027-01-02,休,元旦,\n"
      "2027-01-06,班,春节,\n";
  auto r = calendar_store::import_csv(conn, csv, "2027.csv", 7, 1000);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "2027.csv:4");
  EXPECT_FALSE(r.error().message_zh.empty());
  EXPECT_FALSE(r.error().message_en.empty());
  EXPECT_EQ(calendar_store::load(conn)->to_csv(), before);

  auto empty = calendar_store::import_csv(conn, "date,kind\n", "empty.csv", 7, 1000);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, "calendar.empty");
}

TEST_P(CalendarStoreTest, UpsertAndRemoveOneDay) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  auto& conn = lease->get();
  // A Thursday that was a working day becomes a local holiday …
  auto prev = calendar_store::upsert(conn, {d("2026-12-03"), CalendarDayKind::kRestDay, "局庆", ""}, 3, 10);
  ASSERT_TRUE(prev.ok()) << prev.error().to_string();
  EXPECT_FALSE(prev->has_value());
  EXPECT_FALSE(calendar_store::load(conn)->is_working_day(d("2026-12-03")));
  // … renamed (the previous row comes back for the audit summary) …
  prev = calendar_store::upsert(conn, {d("2026-12-03"), CalendarDayKind::kRestDay, "建局日", ""}, 3, 11);
  ASSERT_TRUE(prev.ok());
  ASSERT_TRUE(prev->has_value());
  EXPECT_EQ((*prev)->holiday, "局庆");
  // … 班 on a weekday is refused …
  auto bad = calendar_store::upsert(conn, {d("2026-12-02"), CalendarDayKind::kWorkDay, "", ""}, 3, 12);
  ASSERT_FALSE(bad.ok());
  EXPECT_FALSE(calendar_store::load(conn)->find(d("2026-12-02")));
  // … and removed again.
  auto removed = calendar_store::remove(conn, d("2026-12-03"));
  ASSERT_TRUE(removed.ok());
  EXPECT_EQ(removed->holiday, "建局日");
  EXPECT_TRUE(calendar_store::load(conn)->is_working_day(d("2026-12-03")));
  auto missing = calendar_store::remove(conn, d("2026-12-03"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(missing.error().field, "date");
}

INSTANTIATE_TEST_SUITE_P(Both, CalendarStoreTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf

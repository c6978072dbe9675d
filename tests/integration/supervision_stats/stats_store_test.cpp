// Statistics over the store (both databases) against the hand-counted data set of
// stats_data_set.h: every table, the previous year and change, a quarter and a month
// split, overdue rates per stage, talks, departments and the department filter.
#include <gtest/gtest.h>

#include "domain/supervision_stats/stats_store.h"
#include "stats_data_set.h"
#include "support/test_databases.h"

namespace qf {
namespace {

namespace ss = supervision_stats;

class StatsStoreTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;  // no PostgreSQL (QF_TEST_PG_URL unset)
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    set_ = statstest::make_data_set(lease->get());
  }
  ss::SupervisionStats stats(ss::Period period, std::set<int64_t> filter = {}) {
    auto lease = db().acquire();
    auto facts = ss::load_stats_facts(lease->get(), clues::ClueConfig{}, *Date::parse("2026-11-26"));
    EXPECT_TRUE(facts.ok()) << facts.error().to_string();
    return ss::compute_stats(*facts, 2026, period, filter);
  }
  statstest::DataSet set_;
};

const ss::StatsRow& row(const std::vector<ss::StatsRow>& rows, const std::string& key, const std::string& code) {
  for (const auto& r : rows)
    if (r.key == key && r.code == code) return r;
  static ss::StatsRow none;
  ADD_FAILURE() << "no row " << key << "/" << code;
  return none;
}

using V = std::vector<int64_t>;

TEST_P(StatsStoreTest, QuarterTablesMatchTheHandCount) {
  auto s = stats(ss::Period::kQuarter);
  EXPECT_EQ(s.clues_received, 3);  // A, B, C (F was split)
  EXPECT_EQ(s.previous_clues_received, 2);
  auto& petition = row(s.rows, "source", "petition");
  EXPECT_EQ(petition.values, (V{1, 0, 1, 0}));
  EXPECT_EQ(petition.total, 2);
  EXPECT_EQ(petition.previous_total, 1);
  EXPECT_EQ(petition.change(), 1);
  EXPECT_EQ(row(s.rows, "source", "audit").values, (V{0, 1, 0, 0}));
  EXPECT_EQ(row(s.rows, "source", "inspection_tour").total, 0);
  EXPECT_EQ(row(s.rows, "source", "inspection_tour").previous_total, 1);
  EXPECT_EQ(row(s.rows, "source", "inspection_tour").change(), -1);
  EXPECT_EQ(row(s.rows, "category", "integrity").values, (V{1, 0, 1, 0}));
  EXPECT_EQ(row(s.rows, "category", "integrity").previous_total, 1);
  EXPECT_EQ(row(s.rows, "category", "work").values, (V{0, 1, 0, 0}));
  EXPECT_EQ(row(s.rows, "category", "life").previous_total, 1);

  EXPECT_EQ(row(s.rows, "disposition", "talk_or_inquiry").values, (V{1, 0, 0, 0}));
  EXPECT_EQ(row(s.rows, "disposition", "talk_or_inquiry").previous_total, 1);
  EXPECT_EQ(row(s.rows, "disposition", "preliminary_verification").values, (V{0, 1, 0, 0}));
  EXPECT_EQ(row(s.rows, "disposition", "hold").values, (V{0, 0, 1, 0}));
  EXPECT_EQ(row(s.rows, "disposition", "close").total, 0);
  EXPECT_EQ(row(s.rows, "disposition", "close").previous_total, 1);

  EXPECT_EQ(row(s.rows, "state", "closed").values, (V{1, 1, 0, 0}));
  EXPECT_EQ(row(s.rows, "state", "held").values, (V{0, 0, 1, 0}));
  EXPECT_EQ(row(s.rows, "state", "split").values, (V{1, 0, 0, 0}));
  EXPECT_EQ(row(s.rows, "state", "closed").previous_total, 2);

  EXPECT_EQ(row(s.rows, "form", "first").values, (V{1, 0, 0, 0}));
  EXPECT_EQ(row(s.rows, "form", "first").previous_total, 1);
  EXPECT_EQ(row(s.rows, "form", "second").values, (V{0, 0, 2, 0}));
  EXPECT_EQ(row(s.rows, "measure", "party_warning").values, (V{0, 0, 1, 0}));
  EXPECT_EQ(row(s.rows, "measure", "party_warning").parent, "second");
  EXPECT_EQ(row(s.rows, "measure", "post_adjustment").total, 1);
  EXPECT_EQ(row(s.rows, "measure", "admonishment").previous_total, 1);
  EXPECT_EQ(row(s.rows, "conclusion", "substantiated").values, (V{1, 0, 1, 0}));
  EXPECT_EQ(row(s.rows, "conclusion", "substantiated").previous_total, 1);
  EXPECT_EQ(row(s.rows, "conclusion", "clarified").previous_total, 1);
}

TEST_P(StatsStoreTest, OverdueRatesPerStage) {
  auto s = stats(ss::Period::kYear);
  ASSERT_EQ(s.overdue_rates.size(), 3u);
  const auto& disposition = s.overdue_rates[0];
  EXPECT_EQ(disposition.stage, clues::DeadlineStage::kDisposition);
  EXPECT_EQ(disposition.with_deadline, 3);  // A, B, C (F split before any proposal)
  EXPECT_EQ(disposition.overdue, 1);        // C proposed after 09-03
  EXPECT_NEAR(*disposition.rate(), 1.0 / 3.0, 1e-9);
  EXPECT_EQ(disposition.previous_with_deadline, 2);
  EXPECT_EQ(disposition.previous_overdue, 0);
  const auto& inquiry = s.overdue_rates[1];
  EXPECT_EQ(inquiry.with_deadline, 1);
  EXPECT_EQ(inquiry.overdue, 0);
  EXPECT_EQ(inquiry.previous_with_deadline, 1);
  const auto& verification = s.overdue_rates[2];
  EXPECT_EQ(verification.with_deadline, 1);
  EXPECT_EQ(verification.overdue, 1);  // submitted 09-01, due 08-18
  EXPECT_FALSE(verification.previous_rate().has_value());
}

TEST_P(StatsStoreTest, MonthSplitTalksAndDepartments) {
  auto s = stats(ss::Period::kMonth);
  V may(12, 0);
  may[4] = 1;
  EXPECT_EQ(row(s.rows, "source", "audit").values, may);
  auto& collective = row(s.talks, "talk", "collective_new_cadre");
  V march(12, 0);
  march[2] = 1;
  EXPECT_EQ(collective.values, march);
  EXPECT_EQ(collective.people, 2);
  EXPECT_EQ(row(s.talks, "talk", "reminder").total, 1);  // the archived one is not counted
  EXPECT_EQ(row(s.talks, "talk", "routine").total, 0);
  EXPECT_EQ(row(s.talks, "talk", "routine").previous_total, 1);
  ASSERT_EQ(s.departments.size(), 3u);
  EXPECT_EQ(s.departments[0].label_zh, "办公室");
  EXPECT_EQ(s.departments[0].total, 1);
  EXPECT_EQ(s.departments[0].previous_total, 1);
  EXPECT_EQ(s.departments[1].label_zh, "规划一科");
  EXPECT_EQ(s.departments[1].values, may);
  EXPECT_EQ(s.departments[2].code, "");  // 王某 is not on the staff
  EXPECT_EQ(s.departments[2].total, 1);
}

TEST_P(StatsStoreTest, DepartmentFilterKeepsItsCluesAndTalks) {
  // 规划处 and its 规划一科: clue B (and E last year), the talks with 李四.
  auto s = stats(ss::Period::kYear, {set_.bureau.planning, set_.bureau.planning1});
  EXPECT_EQ(s.clues_received, 1);
  EXPECT_EQ(row(s.rows, "source", "audit").total, 1);
  EXPECT_EQ(row(s.rows, "source", "petition").total, 0);
  EXPECT_EQ(row(s.rows, "source", "inspection_tour").previous_total, 1);
  EXPECT_EQ(row(s.rows, "form", "second").total, 2);
  EXPECT_EQ(row(s.rows, "form", "first").total, 0);
  EXPECT_EQ(row(s.talks, "talk", "collective_new_cadre").total, 1);
  EXPECT_EQ(row(s.talks, "talk", "routine").previous_total, 0);
  EXPECT_EQ(s.overdue_rates[0].with_deadline, 1);
  ASSERT_EQ(s.departments.size(), 1u);
  EXPECT_EQ(s.departments[0].label_zh, "规划一科");
}

INSTANTIATE_TEST_SUITE_P(Both, StatsStoreTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf

// GET /supervision/stats and /supervision/stats/export through the real server (both
// databases): only the discipline secretary and the Party secretary get figures, the
// JSON carries the hand-counted data set, the XLSX opens with Chinese headers.
#include <gtest/gtest.h>

#include "domain/spreadsheet/xlsx_reader.h"
#include "stats_data_set.h"
#include "support/ledger_export.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;

class StatsHttpTest : public testing::ServedDatabaseTest {
 protected:
  void seed(store::Connection& conn) override {
    set_ = statstest::make_data_set(conn);
    using auth::Role;
    using auth::ScopeKind;
    testing::add_test_account(conn, "jiwei", {{Role::kDisciplineSecretary, ScopeKind::kUnit, {}}});
    testing::add_test_account(conn, "dangwei", {{Role::kPartySecretary, ScopeKind::kUnit, {}}});
    testing::add_test_account(conn, "jijian", {{Role::kDisciplineMember, ScopeKind::kUnit, {}}});
    testing::add_test_account(conn, "renshi", {{Role::kOrgHr, ScopeKind::kUnit, {}}});
    testing::add_test_account(conn, "chuzhang", {{Role::kDeptHead, ScopeKind::kDepartment, set_.bureau.planning}});
    testing::add_test_account(conn, "sysadmin", {{Role::kSysAdmin, ScopeKind::kUnit, {}}});
  }
  statstest::DataSet set_;
};

json find_row(const json& rows, const std::string& key, const std::string& code) {
  for (const auto& r : rows)
    if (r["key"] == key && r["code"] == code) return r;
  return json();
}

TEST_P(StatsHttpTest, OnlyTheTwoSecretariesGetFiguresAndTheyMatchTheHandCount) {
  for (const char* who : {"jiwei", "dangwei"}) {
    auto c = login(who);
    auto r = c->get("/api/v1/supervision/stats?year=2026&period=quarter");
    ASSERT_EQ(r.status, 200) << who << " " << r.body;
    json d = r.json()["data"];
    EXPECT_EQ(d["year"], 2026);
    EXPECT_EQ(d["period"], "quarter");
    ASSERT_EQ(d["slots"].size(), 4u);
    EXPECT_EQ(d["slots"][0]["label_zh"], "2026年第1季度");
    json petition = find_row(d["rows"], "source", "petition");
    EXPECT_EQ(petition["values"], json({1, 0, 1, 0}));
    EXPECT_EQ(petition["total"], 2);
    EXPECT_EQ(petition["previous_total"], 1);
    EXPECT_EQ(petition["change"], 1);
    EXPECT_EQ(petition["label_zh"], "信访举报");
    EXPECT_EQ(find_row(d["rows"], "form", "second")["values"], json({0, 0, 2, 0}));
    EXPECT_EQ(d["overdue_rates"][0]["stage"], "disposition");
    EXPECT_EQ(d["overdue_rates"][0]["with_deadline"], 3);
    EXPECT_EQ(d["overdue_rates"][0]["overdue"], 1);
    EXPECT_EQ(find_row(d["talks"], "talk", "collective_new_cadre")["people"], 2);
    EXPECT_EQ(d["departments"][0]["label_zh"], "办公室");
    // Aggregates only: no clue number or matter anywhere.
    EXPECT_EQ(r.body.find("线索第"), std::string::npos);
    EXPECT_EQ(r.body.find("测试事项"), std::string::npos);
  }
  for (const char* who : {"jijian", "renshi", "chuzhang", "sysadmin"}) {
    auto c = login(who);
    EXPECT_EQ(c->get("/api/v1/supervision/stats?year=2026").status, 403) << who;
    EXPECT_EQ(c->get("/api/v1/supervision/stats/export?year=2026").status, 403) << who;
  }
}

TEST_P(StatsHttpTest, DepartmentFilterAndBadParametersNameTheField) {
  auto c = login("jiwei");
  auto r = c->get("/api/v1/supervision/stats?year=2026&department_id=" + std::to_string(set_.bureau.planning));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["data"]["clues_received"], 1);
  EXPECT_EQ(find_row(r.json()["data"]["rows"], "source", "audit")["total"], 1);
  auto bad = c->get("/api/v1/supervision/stats?period=week");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "period");
  EXPECT_EQ(c->get("/api/v1/supervision/stats?year=26").json()["error"]["field"], "year");
}

TEST_P(StatsHttpTest, ExportOpensWithChineseHeaders) {
  auto c = login("dangwei");
  auto x = c->get("/api/v1/supervision/stats/export?year=2026&period=quarter");
  ASSERT_EQ(x.status, 200) << x.body;
  auto rows = testing::ledger_rows(x.body, "监督执纪统计表");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_GE(rows->size(), 8u);  // header + the seven sources
  EXPECT_EQ((*rows)[0].cells,
            (std::vector<std::string>{"线索来源", "2026年第1季度", "2026年第2季度", "2026年第3季度", "2026年第4季度",
                                      "合计", "2025年", "增减"}));
  EXPECT_EQ((*rows)[1].cells, (std::vector<std::string>{"信访举报", "1", "0", "1", "0", "2", "1", "1"}));
  // The last row sums every column of the sources (合计, unnumbered).
  const auto& total = rows->back().cells;
  ASSERT_EQ(total.size(), 8u);
  EXPECT_EQ(total[0], "合计");
  for (size_t col = 1; col < total.size(); ++col) {
    int64_t sum = 0;
    for (size_t i = 1; i + 1 < rows->size(); ++i) sum += std::stoll((*rows)[i].cells.at(col));
    EXPECT_EQ(total[col], std::to_string(sum)) << "column " << (*rows)[0].cells[col];
  }
  EXPECT_EQ(rows->size(), 9u);  // header, the seven sources, 合计
}

INSTANTIATE_TEST_SUITE_P(Both, StatsHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf

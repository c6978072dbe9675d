// Bulk import (XLSX, CSV in UTF-8 / UTF-8 BOM / GB18030) and XLSX export read back.
#include <gtest/gtest.h>

#include <unicode/ucnv.h>

#include "domain/org/org_export.h"
#include "domain/org/org_import.h"
#include "domain/spreadsheet/table_file.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "org_test_bureau.h"
#include "support/test_databases.h"

namespace qf {
namespace {

using orgtest::kNow;

std::string to_gb18030(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  out.resize(U_SUCCESS(err) ? static_cast<size_t>(n) : 0);
  return out;
}

// Columns deliberately not in template order.
const std::string kGoodCsv =
    "姓名,性别,工号,部门,岗位,职级,是否领导干部,政治面貌,党支部,入职日期,身份证号\n"
    "陈静,女,200001,办公室,文秘岗,科员,否,中共党员,第一党支部,2021-07-01,11010519491231002X\n"
    "刘洋,男,200002,规划处,审批岗,正科,是,群众,,2015/3/9,\n"
    "黄磊,男,200003,GH1,,副科,否,党员,ZB2,2018年9月1日,\n";

const std::string kBadCsv =
    "工号,姓名,性别,部门,职级,入职日期\n"
    "200011,吴敏,女,办公室,科员,2021-07-01\n"
    "200012,郑凯,未知,办公室,科员,2021-07-01\n"
    "200013,冯涛,男,不存在的处,科员,2021-02-30\n";

class ImportExportTest : public testing::DatabaseTest {
 protected:
  org::ImportOptions opts() {
    org::ImportOptions o;
    o.now_ms = kNow;
    o.actor = 1;
    return o;
  }
  int64_t people_count(store::Connection& conn) {
    org::PeopleQuery q;
    q.status = "all";
    auto r = org::search_people(conn, orgtest::unit_principal(), q);
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? r->second : -1;
  }
  void import_good(const std::string& bytes, const std::string& filename) {
    auto result = db().transaction([&](store::Connection& conn) -> Result<org::ImportCheck> {
      return org::commit_import(conn, org::ImportKind::kPeople, bytes, filename, opts());
    });
    ASSERT_TRUE(result.ok()) << result.error().to_string();
    ASSERT_TRUE(result->valid) << (result->errors.empty() ? "" : result->errors.front().message_zh);
    EXPECT_EQ(result->created, 3);
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    EXPECT_EQ(people_count(lease->get()), 3);
    org::PeopleQuery q;
    q.q = "黄磊";
    auto found = org::search_people(lease->get(), orgtest::unit_principal(), q);
    ASSERT_EQ(found->first.size(), 1u);
    const org::Person& p = found->first.front();
    EXPECT_EQ(p.employee_no, "200003");
    EXPECT_EQ(p.department_name, "规划一科");
    EXPECT_EQ(p.branch_name, "第二党支部");
    EXPECT_EQ(p.rank, "deputy_section");
    EXPECT_EQ(p.party_status, "member");
    EXPECT_EQ(p.joined_date, "2018-09-01");
    q.q = "刘洋";
    auto liu = org::search_people(lease->get(), orgtest::unit_principal(), q)->first.front();
    EXPECT_TRUE(liu.is_leading_cadre);
    EXPECT_EQ(liu.joined_date, "2015-03-09");
    EXPECT_EQ(liu.position_name, "审批岗");
  }
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;  // no PostgreSQL (QF_TEST_PG_URL unset)
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    bureau_ = orgtest::make_bureau(lease->get());
  }
  orgtest::Bureau bureau_;
};

TEST_P(ImportExportTest, GoodCsvInUtf8ImportsEveryRow) { import_good(kGoodCsv, "人员.csv"); }
TEST_P(ImportExportTest, GoodCsvInUtf8WithBomImportsEveryRow) { import_good("\xEF\xBB\xBF" + kGoodCsv, "人员.csv"); }
TEST_P(ImportExportTest, GoodCsvInGb18030ImportsEveryRow) { import_good(to_gb18030(kGoodCsv), "人员.csv"); }

TEST_P(ImportExportTest, GoodXlsxImportsEveryRow) {
  // The same rows as an XLSX written by our writer, with headers in yet another order.
  auto table = spreadsheet::read_table_file(kGoodCsv, "x.csv");
  ASSERT_TRUE(table.ok());
  spreadsheet::XlsxSheet s;
  std::vector<size_t> order{2, 0, 1, 3, 4, 5, 6, 7, 8, 9, 10};
  for (size_t i : order) s.columns.push_back({table->header[i]});
  for (const auto& r : table->rows) {
    std::vector<spreadsheet::XlsxCell> row;
    for (size_t i : order) row.push_back(i < r.cells.size() ? r.cells[i] : std::string());
    s.rows.push_back(row);
  }
  auto bytes = spreadsheet::write_xlsx({s});
  ASSERT_TRUE(bytes.ok());
  import_good(*bytes, "人员.xlsx");
}

TEST_P(ImportExportTest, OneBadRowImportsNothingAndNamesRowAndField) {
  for (const std::string& bytes : {kBadCsv, to_gb18030(kBadCsv)}) {
    auto result = db().transaction([&](store::Connection& conn) -> Result<org::ImportCheck> {
      return org::commit_import(conn, org::ImportKind::kPeople, bytes, "bad.csv", opts());
    });
    ASSERT_TRUE(result.ok()) << result.error().to_string();
    EXPECT_FALSE(result->valid);
    EXPECT_EQ(result->total_rows, 3);
    ASSERT_EQ(result->errors.size(), 3u);
    EXPECT_EQ(result->errors[0].row, 3u);
    EXPECT_EQ(result->errors[0].field, "性别");
    EXPECT_NE(result->errors[0].message_zh.find("第 3 行"), std::string::npos);
    EXPECT_NE(result->errors[0].message_en.find("Row 3"), std::string::npos);
    EXPECT_EQ(result->errors[1].row, 4u);
    EXPECT_EQ(result->errors[1].field, "部门");
    EXPECT_NE(result->errors[1].message_zh.find("不存在的处"), std::string::npos);
    EXPECT_EQ(result->errors[2].row, 4u);
    EXPECT_EQ(result->errors[2].field, "入职日期");
    auto lease = db().acquire();
    EXPECT_EQ(people_count(lease->get()), 0);  // the good first row was not saved either
  }
}

TEST_P(ImportExportTest, MissingRequiredColumnIsReportedOnTheHeaderRow) {
  auto lease = db().acquire();
  auto chk = org::check_import(lease->get(), org::ImportKind::kPeople, "姓名,部门\n张三,办公室\n", "a.csv", opts());
  ASSERT_TRUE(chk.ok());
  EXPECT_FALSE(chk->valid);
  ASSERT_GE(chk->errors.size(), 2u);
  EXPECT_EQ(chk->errors[0].row, 1u);
  EXPECT_EQ(chk->errors[0].field, "工号");
}

TEST_P(ImportExportTest, ReimportUpdatesByEmployeeNumberAndRecordsTheMove) {
  import_good(kGoodCsv, "人员.csv");
  // 黄磊 is promoted to 正科 and moved to 规划处; 陈静 unchanged.
  std::string again = kGoodCsv;
  again.replace(again.find("200003,GH1,,副科"), std::string("200003,GH1,,副科").size(), "200003,规划处,审批岗,正科");
  auto result = db().transaction([&](store::Connection& conn) -> Result<org::ImportCheck> {
    return org::commit_import(conn, org::ImportKind::kPeople, again, "人员2.csv", opts());
  });
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  ASSERT_TRUE(result->valid);
  EXPECT_EQ(result->created, 0);
  EXPECT_EQ(result->updated, 3);
  auto lease = db().acquire();
  EXPECT_EQ(people_count(lease->get()), 3);  // no duplicates
  org::PeopleQuery q;
  q.q = "200003";
  auto p = org::search_people(lease->get(), orgtest::unit_principal(), q)->first.front();
  EXPECT_EQ(p.department_name, "规划处");
  EXPECT_EQ(p.rank, "section");
  auto h = org::position_history(lease->get(), p.id);
  ASSERT_EQ(h->size(), 2u);
  EXPECT_EQ(h->back().kind, "promote");
  q.q = "200001";
  auto chen = org::search_people(lease->get(), orgtest::unit_principal(), q)->first.front();
  EXPECT_EQ(org::position_history(lease->get(), chen.id)->size(), 1u);  // unchanged: no event
}

TEST_P(ImportExportTest, ExportReadsBackWithChineseHeadersAndAllRowsAndReimports) {
  import_good(kGoodCsv, "人员.csv");
  auto lease = db().acquire();
  org::PeopleQuery q;
  q.limit = 0;
  auto people = org::search_people(lease->get(), orgtest::unit_principal(), q);
  ASSERT_TRUE(people.ok());
  auto bytes = spreadsheet::write_xlsx({org::people_sheet(people->first, false)});
  ASSERT_TRUE(bytes.ok());
  auto rows = spreadsheet::read_xlsx_rows(*bytes, "人员名单.xlsx");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 4u);
  const auto& header = rows->front().cells;
  EXPECT_EQ(header[0], "工号");
  EXPECT_EQ(header[1], "姓名");
  EXPECT_NE(std::find(header.begin(), header.end(), "政治面貌"), header.end());
  std::set<std::string> names;
  for (size_t i = 1; i < rows->size(); ++i) names.insert((*rows)[i].cells[1]);
  EXPECT_EQ(names, (std::set<std::string>{"陈静", "刘洋", "黄磊"}));
  for (size_t i = 1; i < rows->size(); ++i) {
    if ((*rows)[i].cells[1] == "陈静") {
      EXPECT_EQ((*rows)[i].cells[2], "女");
      EXPECT_EQ((*rows)[i].cells[11], "110105********002X");  // masked
    }
  }
  // The export is itself a valid import file: nothing changes, the ID number is kept.
  auto result = db().transaction([&](store::Connection& conn) -> Result<org::ImportCheck> {
    return org::commit_import(conn, org::ImportKind::kPeople, *bytes, "人员名单.xlsx", opts());
  });
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  ASSERT_TRUE(result->valid) << result->errors.front().message_zh;
  EXPECT_EQ(result->updated, 3);
  q.q = "陈静";
  auto chen = org::search_people(lease->get(), orgtest::unit_principal(), q)->first.front();
  EXPECT_EQ(chen.id_number, "11010519491231002X");
}

TEST_P(ImportExportTest, DepartmentsImportBuildsTheTreeAndIsIdempotent) {
  const std::string csv =
      "部门编码,部门名称,上级部门,排序\n"
      "ZFZD,执法支队,,60\n"
      "ZFZD1,执法一大队,ZFZD,10\n"
      "ZFZD2,执法二大队,执法支队,20\n"
      "BGS,办公室（综合）,,5\n";
  for (int round = 0; round < 2; ++round) {
    auto result = db().transaction([&](store::Connection& conn) -> Result<org::ImportCheck> {
      return org::commit_import(conn, org::ImportKind::kDepartments, csv, "部门.csv", opts());
    });
    ASSERT_TRUE(result.ok()) << result.error().to_string();
    ASSERT_TRUE(result->valid) << result->errors.front().message_zh;
    EXPECT_EQ(result->updated, round == 0 ? 1 : 4);
  }
  auto lease = db().acquire();
  auto all = org::list_departments(lease->get(), false);
  ASSERT_EQ(all->size(), 6u);  // 3 of the bureau + 3 new, 办公室 renamed
  int64_t zfzd = 0;
  for (const auto& d : *all) if (d.code == "ZFZD") zfzd = d.id;
  int children = 0;
  for (const auto& d : *all) {
    if (d.parent_id == zfzd) ++children;
    if (d.code == "BGS") EXPECT_EQ(d.name, "办公室（综合）");
  }
  EXPECT_EQ(children, 2);
  auto bad = org::check_import(lease->get(), org::ImportKind::kDepartments,
                               "部门编码,部门名称,上级部门\nX1,甲,X2\nX2,乙,\n", "d.csv", opts());
  ASSERT_TRUE(bad.ok());
  ASSERT_EQ(bad->errors.size(), 1u);
  EXPECT_EQ(bad->errors[0].row, 2u);
  EXPECT_EQ(bad->errors[0].field, "上级部门");
}

// The template (../shared/ux.md "Exports"): Chinese headers, an instructions sheet, and
// a sample row that cannot collide with real data — importing the template unchanged
// stores nothing (the sample's 工号 starts with 示例 and is skipped). The preview says
// per row whether it creates or updates, naming the person it would change.
TEST_P(ImportExportTest, TheTemplatesSampleRowIsNeverImportedAndThePreviewSaysCreateOrUpdate) {
  const auto sheets = org::import_template(org::ImportKind::kPeople);
  ASSERT_EQ(sheets.size(), 2u);
  EXPECT_EQ(sheets[1].name, "填写说明");
  EXPECT_EQ(sheets[0].columns[2].choices, (std::vector<std::string>{"男", "女"}));  // 性别 drop-down
  auto bytes = spreadsheet::write_xlsx(sheets);
  ASSERT_TRUE(bytes.ok());
  auto t = spreadsheet::read_table_file(*bytes, "模板.xlsx");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->header[0], "工号*");
  EXPECT_NE(std::find(t->header.begin(), t->header.end(), "身份证号"), t->header.end());
  {
    auto unchanged = db().transaction([&](store::Connection& conn) -> Result<org::ImportCheck> {
      return org::commit_import(conn, org::ImportKind::kPeople, *bytes, "模板.xlsx", opts());
    });
    ASSERT_TRUE(unchanged.ok()) << unchanged.error().to_string();
    EXPECT_FALSE(unchanged->valid);
    EXPECT_EQ(unchanged->samples, 1);
    EXPECT_EQ(unchanged->created + unchanged->updated, 0);
    ASSERT_EQ(unchanged->errors.size(), 1u);
    EXPECT_NE(unchanged->errors[0].message_zh.find("示例"), std::string::npos);
    ASSERT_EQ(unchanged->rows.size(), 1u);
    EXPECT_EQ(unchanged->rows[0].at("action"), "sample");
    auto lease = db().acquire();
    EXPECT_EQ(people_count(lease->get()), 0);
  }
  import_good(kGoodCsv, "人员.csv");
  const std::string mixed =
      "工号,姓名,性别,部门\n"
      "示例001,张三,男,办公室\n"   // the template's sample, left in: skipped
      "200003,黄磊,男,办公室\n"     // an existing person: updated
      "200009,周新,女,办公室\n";    // a new one: created
  auto lease = db().acquire();
  auto chk = org::check_import(lease->get(), org::ImportKind::kPeople, mixed, "m.csv", opts());
  ASSERT_TRUE(chk.ok()) << chk.error().to_string();
  EXPECT_TRUE(chk->valid) << (chk->errors.empty() ? "" : chk->errors.front().message_zh);
  EXPECT_EQ(chk->samples, 1);
  EXPECT_EQ(chk->updated, 1);
  EXPECT_EQ(chk->created, 1);
  ASSERT_EQ(chk->rows.size(), 3u);
  EXPECT_EQ(chk->rows[0].at("action"), "sample");
  EXPECT_EQ(chk->rows[1].at("action"), "update");
  EXPECT_EQ(chk->rows[1].at("target"), "黄磊（工号 200003）");
  EXPECT_EQ(chk->rows[2].at("action"), "create");
  EXPECT_EQ(chk->rows[2].count("target"), 0u);
}

INSTANTIATE_TEST_SUITE_P(Both, ImportExportTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf

// XLSX writer/reader round trips and CSV reading in the encodings users send.
#include <gtest/gtest.h>

#include <unicode/ucnv.h>

#include "domain/spreadsheet/table_file.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "domain/spreadsheet/xlsx_writer.h"

namespace qf::spreadsheet {
namespace {

std::string to_gb18030(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err));
  out.resize(static_cast<size_t>(n));
  return out;
}

TEST(XlsxRoundTrip, ChineseHeadersTextNumbersAndEmptyCells) {
  XlsxSheet s;
  s.name = "人员名单";
  s.columns = {{"姓名", 10}, {"工号", 12}, {"年龄", 8}, {"备注", 20}};
  s.rows.push_back({std::string("张三"), std::string("000123"), int64_t{35}, std::string("重点岗位")});
  s.rows.push_back({std::string("李四"), std::string("000124"), 41.5, std::monostate{}});
  s.rows.push_back({std::string("王五"), std::string("A-9"), std::monostate{}, std::string("含,逗号\"引号\"")});
  auto bytes = write_xlsx({s});
  ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
  ASSERT_GT(bytes->size(), 100u);
  EXPECT_EQ(bytes->substr(0, 2), "PK");

  auto rows = read_xlsx_rows(*bytes, "export.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_EQ((*rows)[0].number, 1u);
  EXPECT_EQ((*rows)[0].cells, (std::vector<std::string>{"姓名", "工号", "年龄", "备注"}));
  EXPECT_EQ((*rows)[1].cells, (std::vector<std::string>{"张三", "000123", "35", "重点岗位"}));
  EXPECT_EQ((*rows)[2].cells[2], "41.5");
  EXPECT_EQ((*rows)[3].cells[0], "王五");
  EXPECT_EQ((*rows)[3].cells[2], "");
  EXPECT_EQ((*rows)[3].cells[3], "含,逗号\"引号\"");
  EXPECT_EQ((*rows)[3].number, 4u);
}

TEST(XlsxRoundTrip, ManyRowsKeepTheirOrder) {
  XlsxSheet s;
  s.columns = {{"工号"}, {"序号"}};
  for (int i = 0; i < 3000; ++i) s.rows.push_back({std::string("E") + std::to_string(i), int64_t{i}});
  auto bytes = write_xlsx({s});
  ASSERT_TRUE(bytes.ok());
  auto t = read_table_file(*bytes, "big.xlsx");
  ASSERT_TRUE(t.ok()) << t.error().to_string();
  ASSERT_EQ(t->rows.size(), 3000u);
  EXPECT_EQ(t->rows[2999].cells[0], "E2999");
  EXPECT_EQ(t->rows[2999].cells[1], "2999");
  EXPECT_EQ(t->rows[2999].number, 3001u);
  EXPECT_EQ(t->format, "xlsx");
}

TEST(ExcelDates, SerialNumbersBecomeCalendarDates) {
  EXPECT_EQ(excel_serial_to_date(1), "1900-01-01");
  EXPECT_EQ(excel_serial_to_date(59), "1900-02-28");
  EXPECT_EQ(excel_serial_to_date(61), "1900-03-01");
  EXPECT_EQ(excel_serial_to_date(25569), "1970-01-01");
  EXPECT_EQ(excel_serial_to_date(45352), "2024-03-01");
  EXPECT_EQ(excel_serial_to_date(45352.75), "2024-03-01");
}

TEST(XlsxReader, RefusesSomethingThatIsNotAWorkbook) {
  auto r = read_table_file(std::string("PK\x03\x04garbage", 11), "坏文件.xlsx");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message_zh.find("坏文件.xlsx"), std::string::npos);
  EXPECT_NE(r.error().message_en.find("坏文件.xlsx"), std::string::npos);
}

TEST(TableFile, LegacyXlsIsRefusedWithAdvice) {
  auto r = read_table_file(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "old.xls");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "spreadsheet.xls_unsupported");
  EXPECT_NE(r.error().message_zh.find(".xlsx"), std::string::npos);
}

const std::string kCsv = "姓名,工号,备注\r\n张三,001,\"北京,朝阳\"\r\n\r\n  李四　,002,\"说\"\"好\"\"\"\r\n";

void expect_csv_table(const Table& t) {
  EXPECT_EQ(t.header, (std::vector<std::string>{"姓名", "工号", "备注"}));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells, (std::vector<std::string>{"张三", "001", "北京,朝阳"}));
  EXPECT_EQ(t.rows[0].number, 2u);
  EXPECT_EQ(t.rows[1].cells[0], "李四");  // ASCII and full-width spaces trimmed
  EXPECT_EQ(t.rows[1].cells[2], "说\"好\"");
  EXPECT_EQ(t.rows[1].number, 4u);
}

TEST(TableFile, CsvInUtf8) {
  auto t = read_table_file(kCsv, "a.csv");
  ASSERT_TRUE(t.ok()) << t.error().to_string();
  expect_csv_table(*t);
}

TEST(TableFile, CsvInUtf8WithBom) {
  auto t = read_table_file("\xEF\xBB\xBF" + kCsv, "a.csv");
  ASSERT_TRUE(t.ok()) << t.error().to_string();
  expect_csv_table(*t);
  EXPECT_EQ(t->header[0], "姓名");  // the BOM is not part of the first header
}

TEST(TableFile, CsvInGb18030) {
  std::string gb = to_gb18030(kCsv);
  ASSERT_NE(gb, kCsv);
  auto t = read_table_file(gb, "a.csv");
  ASSERT_TRUE(t.ok()) << t.error().to_string();
  expect_csv_table(*t);
  EXPECT_NE(t->format.find("GB18030"), std::string::npos);
}

TEST(TableFile, EmptyFileIsNamed) {
  auto t = read_table_file("", "空.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().field, "空.csv");
}

}  // namespace
}  // namespace qf::spreadsheet

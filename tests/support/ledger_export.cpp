// Reading a ledger-layout export in tests: see ledger_export.h.
#include "support/ledger_export.h"

#include <gtest/gtest.h>

namespace qf::testing {

Result<std::vector<spreadsheet::XlsxRow>> ledger_rows(std::string_view bytes, const std::string& ledger) {
  auto rows = spreadsheet::read_xlsx_rows(bytes, "ledger.xlsx");
  if (!rows.ok()) return rows;
  std::vector<spreadsheet::XlsxRow>& all = *rows;
  EXPECT_GE(all.size(), 3u) << "a ledger export has a title, a filter row and a header";
  if (all.size() < 3) return std::vector<spreadsheet::XlsxRow>{};
  const std::string title = all[0].cells.empty() ? "" : all[0].cells[0];
  EXPECT_NE(title.find(ledger), std::string::npos) << "title row: " << title;
  const std::string filter = all[1].cells.empty() ? "" : all[1].cells[0];
  EXPECT_NE(filter.find("筛选条件："), std::string::npos) << "filter row: " << filter;
  EXPECT_NE(filter.find("导出时间："), std::string::npos) << "filter row: " << filter;
  std::vector<spreadsheet::XlsxRow> out;
  int64_t expected = 1;
  for (size_t i = 2; i < all.size(); ++i) {
    spreadsheet::XlsxRow r = all[i];
    EXPECT_FALSE(r.cells.empty()) << "row " << r.number;
    if (r.cells.empty()) continue;
    if (i == 2) {
      EXPECT_EQ(r.cells[0], "序号") << "header row";
    } else if (r.cells.size() > 1 && r.cells[1] == "合计") {
      EXPECT_EQ(r.cells[0], "") << "a 合计 row has no number";
    } else {
      EXPECT_EQ(r.cells[0], std::to_string(expected++)) << "序号 of row " << r.number;
    }
    r.cells.erase(r.cells.begin());
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace qf::testing

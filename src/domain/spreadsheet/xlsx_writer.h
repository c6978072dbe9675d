#pragma once
// XLSX writing (libxlsxwriter): the exports every list offers and the import
// templates. Each sheet has a bold header row (Chinese headers), column widths, a
// frozen header row and an autofilter over the data. Text cells stay text (so that
// employee numbers such as "000123" keep their zeros); numbers are numbers.
// The workbook is produced in memory (libxlsxwriter writes a temporary file that is
// read back and removed).
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/result.h"

namespace qf::spreadsheet {

using XlsxCell = std::variant<std::monostate, std::string, int64_t, double>;

struct XlsxColumn {
  std::string header;   // shown bold in row 1
  double width = 14;    // in Excel character units
  // A drop-down list (data validation) over the column's cells below the header, up to
  // row 10,000: an import template's dictionary columns. Another value is refused
  // by Excel/WPS with a message naming the column.
  std::vector<std::string> choices = {};
};

struct XlsxSheet {
  std::string name = "Sheet1";  // ≤ 31 characters, no []:*?/\ (cleaned if needed)
  std::vector<XlsxColumn> columns;
  std::vector<std::vector<XlsxCell>> rows;
  // Ledger layout (台账, ../shared/ux.md "Exports"), when `title` is set: a merged title
  // row, a merged `subtitle` row (the filter, the export time), the header on row 3,
  // bordered wrapped cells, a merged `total` row after the data (when set), landscape A4
  // with the first three rows repeated on every printed page, `marking` in the page
  // header and the page number in the footer.
  std::string title;
  std::string subtitle;
  std::string total;
  std::string marking = "内部资料 注意保密";
};

Result<std::string> write_xlsx(const std::vector<XlsxSheet>& sheets);

// Numbers the rows 1, 2, … in a first column 序号, added unless the sheet already
// starts with one (whose cells are then renumbered). A row whose first cell reads 合计
// gets no number.
void number_rows(XlsxSheet& sheet);

}  // namespace qf::spreadsheet

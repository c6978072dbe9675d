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
};

struct XlsxSheet {
  std::string name = "Sheet1";  // ≤ 31 characters, no []:*?/\ (cleaned if needed)
  std::vector<XlsxColumn> columns;
  std::vector<std::vector<XlsxCell>> rows;
};

Result<std::string> write_xlsx(const std::vector<XlsxSheet>& sheets);

}  // namespace qf::spreadsheet

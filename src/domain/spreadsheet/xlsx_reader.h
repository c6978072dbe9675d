#pragma once
// XLSX reading (minizip + pugixml): the first worksheet of an Office Open XML workbook
// held in memory, as rows of text cells. Understands shared strings (including rich
// text runs, without phonetic guides), inline strings, numbers (integers are written
// without ".0"), booleans ("TRUE"/"FALSE"), formula results (cached values), and dates
// stored as serial numbers in a date-formatted cell (written "YYYY-MM-DD", or
// "YYYY-MM-DD HH:MM:SS" when there is a time part). Empty cells between filled ones
// become "". Errors name the file (`filename`) and say what is wrong in Chinese and
// English; internals (zip or XML library messages) are never shown.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace qf::spreadsheet {

struct XlsxRow {
  uint64_t number = 0;             // the row number shown by Excel (1-based)
  std::vector<std::string> cells;  // column A first
};

Result<std::vector<XlsxRow>> read_xlsx_rows(std::string_view bytes, std::string_view filename);

// The name of the first worksheet (the one read_xlsx_rows reads), "" when it cannot be
// read: lets an import name the sheet of a bad cell.
std::string first_sheet_name(std::string_view bytes);

// Date text "YYYY-MM-DD" of an Excel serial day number (1900 date system, with
// Excel's phantom 1900-02-29 accounted for). Exposed for the importers and tests.
std::string excel_serial_to_date(double serial);

}  // namespace qf::spreadsheet

#pragma once
// Table: what an imported spreadsheet says, as text. Whatever the file format (XLSX
// or CSV in UTF-8, UTF-8 with BOM or GB18030), an import sees a header row and data
// rows of cells, each data row carrying the row number the user sees in Excel (or the
// line number in the CSV file) so that every error can name it.
#include <cstdint>
#include <string>
#include <vector>

namespace qf::spreadsheet {

struct TableRow {
  uint64_t number = 0;             // 1-based row (XLSX) or line (CSV) in the file
  std::vector<std::string> cells;  // trimmed UTF-8 text; may be shorter than the header
};

struct Table {
  std::string format;               // "xlsx", "csv (UTF-8)", "csv (GB18030)", …
  uint64_t header_number = 0;       // row/line of the header
  std::vector<std::string> header;  // trimmed header texts
  std::vector<TableRow> rows;       // data rows after the header; all-blank rows dropped
};

}  // namespace qf::spreadsheet

#pragma once
// Reading an uploaded table file (导入文件) into a Table: XLSX (detected by its zip
// signature) or CSV (UTF-8 with or without BOM, or GB18030 — detected per file by
// core/text_encoding). Legacy binary .xls files are refused with a message asking to
// save as .xlsx. The first non-blank row is the header — except that rows holding a
// single cell before the first row of several (a ledger export's title and filter rows)
// are skipped, so an export imports as it was exported; blank rows are dropped;
// cells are trimmed of surrounding spaces (ASCII and U+3000 full-width).
#include <string_view>

#include "core/result.h"
#include "domain/spreadsheet/table.h"

namespace qf::spreadsheet {

Result<Table> read_table_file(std::string_view bytes, std::string_view filename);

// Trims ASCII whitespace and the full-width space U+3000 at both ends.
std::string trim_cell(std::string_view s);

}  // namespace qf::spreadsheet

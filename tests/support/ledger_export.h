#pragma once
// Reading a list export that has the ledger layout (../shared/ux.md "Exports"): checks
// the layout — a title row naming the ledger, the filter and export time under it, the
// header starting with 序号, data rows numbered 1, 2, … (a 合计 row unnumbered) — and
// answers the rows as a plain export would read: the header, then the data rows, each
// without the 序号 column. Layout faults are recorded as test failures.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/spreadsheet/xlsx_reader.h"

namespace qf::testing {

Result<std::vector<spreadsheet::XlsxRow>> ledger_rows(std::string_view bytes, const std::string& ledger);

}  // namespace qf::testing

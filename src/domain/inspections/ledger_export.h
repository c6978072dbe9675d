#pragma once
// The rectification ledger (整改台账) as an XLSX file in the layout a Chinese office
// files (../shared/ux.md "Exports"): a title row "<unit>整改台账", the filter and the
// export time under it, the header with a 序号 column, one row per item, a 合计 row
// counting the items by state (and the overdue ones), frozen header, autofilter, column
// widths for Chinese text, wrapped cells, landscape A4 with the header rows repeated on
// every printed page and 内部资料 注意保密 in the page header.
// Written with spreadsheet::write_xlsx's ledger layout (XlsxSheet::title).
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/inspections/inspection.h"

namespace qf::inspections {

struct LedgerExport {
  std::string unit_name;    // 清江市自然资源和规划局
  std::string filter_text;  // "全部" or the filters in words
  std::string exported_at;  // 'YYYY-MM-DD HH:MM' Beijing time
  std::string today;        // for the 是否逾期 column
};

// The header texts of the ledger, in order (tests read them back).
const std::vector<std::string>& ledger_headers();

Result<std::string> ledger_xlsx(const LedgerExport& meta, const std::vector<RectificationItem>& items);

}  // namespace qf::inspections

#pragma once
// The acknowledgement of a regulation per department (制度阅知确认情况统计表) as XLSX in
// the ledger layout of ../shared/ux.md "Exports" (spreadsheet::XlsxSheet::title): title
// "<unit>制度阅知确认情况统计表", the regulation (title, 文号, version) and the export time
// under it, a 序号 column, one row per department, a 合计 row, A4 landscape, 内部资料
// 注意保密 in the page header.
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/education/education.h"

namespace qf::regulations {

struct CompletionExport {
  std::string unit_name;
  std::string regulation_text;  // 《…》（〔2026〕3号，第2版）
  std::string exported_at;      // 'YYYY-MM-DD HH:MM' Beijing time
};

const std::vector<std::string>& completion_headers();
Result<std::string> completion_xlsx(const CompletionExport& meta,
                                    const std::vector<education::DepartmentCompletion>& rows);

}  // namespace qf::regulations

#pragma once
// Completion of one study item per department (学习完成情况统计表) as an XLSX file in
// the ledger layout (../shared/ux.md "Exports"; spreadsheet::XlsxSheet::title): title
// "<unit>学习完成情况统计表", the item and the export time under it, a 序号 column,
// one row per department, a 合计 row, A4 landscape, 内部资料 注意保密 in the header.
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/education/education.h"

namespace qf::education {

struct CompletionExport {
  std::string unit_name;
  std::string item_text;    // 警示教育通报 2026年第3期《…》
  std::string exported_at;  // 'YYYY-MM-DD HH:MM' Beijing time
};

const std::vector<std::string>& completion_headers();
// "87.5%" — confirmed of assigned, one decimal; "—" when nobody is assigned.
std::string rate_text(int64_t confirmed, int64_t assigned);
Result<std::string> completion_xlsx(const CompletionExport& meta, const std::vector<DepartmentCompletion>& rows);

}  // namespace qf::education

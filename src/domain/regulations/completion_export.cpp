// Acknowledgement per department as XLSX: see completion_export.h.
#include "domain/regulations/completion_export.h"

#include <fmt/format.h>

#include "domain/education/completion_export.h"
#include "domain/spreadsheet/xlsx_writer.h"

namespace qf::regulations {
namespace {

const std::vector<spreadsheet::XlsxColumn>& columns() {
  static const std::vector<spreadsheet::XlsxColumn> kColumns{
      {"序号", 6}, {"部门", 24}, {"应阅知人数", 12}, {"已确认人数", 12}, {"未确认人数", 12}, {"完成率", 10},
  };
  return kColumns;
}

}  // namespace

const std::vector<std::string>& completion_headers() {
  static const std::vector<std::string> kHeaders = [] {
    std::vector<std::string> h;
    for (const auto& c : columns()) h.push_back(c.header);
    return h;
  }();
  return kHeaders;
}

Result<std::string> completion_xlsx(const CompletionExport& meta,
                                    const std::vector<education::DepartmentCompletion>& rows) {
  using education::rate_text;
  spreadsheet::XlsxSheet sheet;
  sheet.name = "制度阅知确认情况";
  sheet.columns = columns();
  sheet.title = meta.unit_name + "制度阅知确认情况统计表";
  sheet.subtitle = fmt::format("制度：{}　　导出时间：{}", meta.regulation_text, meta.exported_at);
  int64_t assigned = 0, confirmed = 0;
  for (size_t k = 0; k < rows.size(); ++k) {
    const auto& r = rows[k];
    assigned += r.assigned;
    confirmed += r.confirmed;
    sheet.rows.push_back({static_cast<int64_t>(k + 1), r.department_name, r.assigned, r.confirmed,
                          r.assigned - r.confirmed, rate_text(r.confirmed, r.assigned)});
  }
  sheet.total = fmt::format("合计 {} 个部门：应阅知 {} 人，已确认 {} 人，未确认 {} 人，完成率 {}", rows.size(), assigned,
                            confirmed, assigned - confirmed, rate_text(confirmed, assigned));
  return spreadsheet::write_xlsx({sheet});
}

}  // namespace qf::regulations

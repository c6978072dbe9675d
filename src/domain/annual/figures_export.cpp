// The figures workbook: see figures_export.h.
#include "domain/annual/figures_export.h"

#include <fmt/format.h>

#include "domain/spreadsheet/xlsx_writer.h"

namespace qf::annual {

Result<std::string> figures_xlsx(int year, const std::string& scope_label, const std::string& exported_at,
                                 const std::vector<FigureLine>& lines) {
  std::vector<spreadsheet::XlsxSheet> sheets;
  for (const auto& s : sections()) {
    spreadsheet::XlsxSheet sheet;
    sheet.name = s.zh;
    sheet.title = fmt::format("{}年度{}统计", year, s.zh);
    sheet.subtitle = fmt::format("范围：{}    导出时间：{}", scope_label, exported_at);
    sheet.columns = {{"指标", 28}, {"本年", 10}, {"上年", 10}, {"增减", 10}, {"单位", 8}, {"口径（统计什么、从哪些记录、按哪个日期）", 70}};
    for (const auto& l : lines) {
      if (l.def.section != s.code) continue;
      auto cell = [](const FigureValue& v) -> spreadsheet::XlsxCell {
        if (v.count) return *v.count;
        return std::string("暂无数据");
      };
      spreadsheet::XlsxCell change = std::string("—");
      if (l.current.count && l.previous.count) change = *l.current.count - *l.previous.count;
      std::string def = l.def.definition_zh;
      if (!l.current.count && !l.current.reason_zh.empty()) def += "（" + l.current.reason_zh + "）";
      sheet.rows.push_back({l.def.label_zh, cell(l.current), cell(l.previous), change, l.def.unit_zh, def});
    }
    if (sheet.rows.empty()) continue;  // sections the caller may not see
    sheets.push_back(std::move(sheet));
  }
  if (sheets.empty()) {
    spreadsheet::XlsxSheet empty;
    empty.name = "统计";
    empty.title = fmt::format("{}年度统计", year);
    empty.subtitle = fmt::format("范围：{}    导出时间：{}", scope_label, exported_at);
    empty.columns = {{"指标", 28}};
    sheets.push_back(std::move(empty));
  }
  return spreadsheet::write_xlsx(sheets);
}

}  // namespace qf::annual

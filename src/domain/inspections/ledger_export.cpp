// The rectification ledger as XLSX: see ledger_export.h.
#include "domain/inspections/ledger_export.h"

#include <fmt/format.h>

#include "domain/dictionary/dictionary.h"
#include "domain/spreadsheet/xlsx_writer.h"

namespace qf::inspections {
namespace {

const std::vector<spreadsheet::XlsxColumn>& columns() {
  static const std::vector<spreadsheet::XlsxColumn> kColumns{
      {"序号", 6},      {"检查名称", 24}, {"检查类别", 16}, {"问题编号", 24}, {"检查要点", 20},
      {"发现问题", 40}, {"责任部门", 14}, {"整改措施", 36}, {"整改时限", 12}, {"整改进展", 36},
      {"整改佐证", 30}, {"整改状态", 16}, {"是否逾期", 10}, {"核查意见", 24}, {"销号日期", 12},
  };
  return kColumns;
}

}  // namespace

const std::vector<std::string>& ledger_headers() {
  static const std::vector<std::string> kHeaders = [] {
    std::vector<std::string> h;
    for (const auto& c : columns()) h.push_back(c.header);
    return h;
  }();
  return kHeaders;
}

Result<std::string> ledger_xlsx(const LedgerExport& meta, const std::vector<RectificationItem>& items) {
  spreadsheet::XlsxSheet sheet;
  sheet.name = "整改台账";
  sheet.columns = columns();
  sheet.title = meta.unit_name + "整改台账";
  sheet.subtitle = fmt::format("筛选条件：{}　　导出时间：{}", meta.filter_text, meta.exported_at);
  int64_t rectifying = 0, reported = 0, closed = 0, overdue = 0;
  sheet.rows.reserve(items.size());
  for (size_t k = 0; k < items.size(); ++k) {
    const RectificationItem& it = items[k];
    const bool late = it.overdue(meta.today);
    overdue += late;
    rectifying += it.state == RectificationState::kRectifying;
    reported += it.state == RectificationState::kReported;
    closed += it.state == RectificationState::kClosed;
    sheet.rows.push_back({
        static_cast<int64_t>(k + 1),
        it.check_title,
        dictionary::label_zh("inspection.kind", it.check_kind),
        it.number,
        it.checklist_content,
        it.finding,
        it.department_name,
        it.measures,
        it.deadline,
        it.progress,
        it.evidence,
        std::string(state_label_zh(it.state)),
        std::string(late ? "已逾期" : "否"),
        it.verification,
        it.closed_on,
    });
  }
  sheet.total = fmt::format("合计 {} 项：整改中 {} 项，待纪委核查 {} 项，已销号 {} 项；其中逾期未销号 {} 项",
                            items.size(), rectifying, reported, closed, overdue);
  return spreadsheet::write_xlsx({sheet});
}

}  // namespace qf::inspections

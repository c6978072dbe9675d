#include "domain/reports/report_register_export.h"

#include "domain/spreadsheet/xlsx_writer.h"

namespace qf::reports {

Result<spreadsheet::XlsxSheet> report_register_sheet(store::Connection& conn, const auth::Principal& who,
                                                     ReportListFilter f) {
  f.offset = 0;
  f.limit = kMaxExportRows;
  QF_TRY(auto page, list_reports(conn, who, f));
  spreadsheet::XlsxSheet sheet;
  sheet.name = "信访举报台账";
  sheet.columns = {{"登记编号", 22}, {"渠道", 10}, {"收到日期", 12}, {"实名/匿名", 10},
                   {"办理状态", 14}, {"处理结果", 16}, {"形成的问题线索", 36}};
  for (const auto& it : page.first) {
    QF_TRY(auto clue_rows, conn.query(store::sql(conn, "reports/clues_of"), {it.id}));
    std::string clues;
    for (const auto& r : clue_rows) clues += (clues.empty() ? "" : "、") + r.text("number");
    std::string outcome = !clues.empty()                          ? "形成问题线索"
                          : it.status == ReportStatus::kOutOfScope ? "不予受理"
                          : it.status == ReportStatus::kTransferred ? "转办"
                          : it.status == ReportStatus::kFiled       ? "留存备查"
                          : it.status == ReportStatus::kClosed     ? "已办结"
                                                                   : "办理中";
    sheet.rows.push_back({it.register_number, std::string(channel_label_zh(it.channel)), it.received_on,
                          std::string(it.real_name ? "实名" : "匿名"), std::string(status_label_zh(it.status)),
                          outcome, clues});
  }
  return sheet;
}

}  // namespace qf::reports

// The rectification ledger as XLSX: see ledger_export.h.
#include "domain/inspections/ledger_export.h"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <xlsxwriter.h>

#include "domain/dictionary/dictionary.h"

namespace qf::inspections {
namespace {

struct Column {
  std::string header;
  double width;
};
const std::vector<Column>& columns() {
  static const std::vector<Column> kColumns{
      {"序号", 6},      {"检查名称", 24}, {"检查类别", 16}, {"问题编号", 24}, {"检查要点", 20},
      {"发现问题", 40}, {"责任部门", 14}, {"整改措施", 36}, {"整改时限", 12}, {"整改进展", 36},
      {"整改佐证", 30}, {"整改状态", 16}, {"是否逾期", 10}, {"核查意见", 24}, {"销号日期", 12},
  };
  return kColumns;
}

std::string temp_path() {
  static std::atomic<uint64_t> counter{0};
  std::error_code ec;
  auto dir = std::filesystem::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  return (dir / ("qingfeng-ledger-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".xlsx")).string();
}

Error write_failed(const std::string& detail) {
  Error e = Error::internal("ledger xlsx: " + detail);
  e.code = "spreadsheet.write_failed";
  e.message_zh = "无法生成 Excel 文件";
  e.message_en = "The Excel file could not be produced";
  return e;
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
  const std::string path = temp_path();
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) return write_failed("workbook_new_opt " + path);

  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_font_size(title, 16);
  format_set_align(title, LXW_ALIGN_CENTER);
  format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
  lxw_format* subtitle = workbook_add_format(wb);
  format_set_align(subtitle, LXW_ALIGN_LEFT);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_bg_color(header, 0xDDEBF7);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(header);
  lxw_format* cell = workbook_add_format(wb);
  format_set_border(cell, LXW_BORDER_THIN);
  format_set_text_wrap(cell);
  format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
  format_set_num_format(cell, "@");
  lxw_format* number = workbook_add_format(wb);
  format_set_border(number, LXW_BORDER_THIN);
  format_set_align(number, LXW_ALIGN_CENTER);
  format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* total = workbook_add_format(wb);
  format_set_bold(total);
  format_set_border(total, LXW_BORDER_THIN);

  lxw_worksheet* ws = workbook_add_worksheet(wb, "整改台账");
  if (!ws) {
    workbook_close(wb);
    std::remove(path.c_str());
    return write_failed("add worksheet");
  }
  const auto& cols = columns();
  const auto last_col = static_cast<lxw_col_t>(cols.size() - 1);
  for (size_t c = 0; c < cols.size(); ++c)
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), cols[c].width, nullptr);

  worksheet_set_row(ws, 0, 30, nullptr);
  worksheet_merge_range(ws, 0, 0, 0, last_col, (meta.unit_name + "整改台账").c_str(), title);
  const std::string sub = fmt::format("筛选条件：{}　　导出时间：{}", meta.filter_text, meta.exported_at);
  worksheet_merge_range(ws, 1, 0, 1, last_col, sub.c_str(), subtitle);
  for (size_t c = 0; c < cols.size(); ++c)
    worksheet_write_string(ws, 2, static_cast<lxw_col_t>(c), cols[c].header.c_str(), header);

  int64_t rectifying = 0, reported = 0, closed = 0, overdue = 0;
  lxw_row_t row = 3;
  for (size_t k = 0; k < items.size(); ++k, ++row) {
    const RectificationItem& it = items[k];
    const bool late = it.overdue(meta.today);
    overdue += late;
    rectifying += it.state == RectificationState::kRectifying;
    reported += it.state == RectificationState::kReported;
    closed += it.state == RectificationState::kClosed;
    const std::vector<std::string> texts{
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
        late ? "已逾期" : "否",
        it.verification,
        it.closed_on,
    };
    worksheet_write_number(ws, row, 0, static_cast<double>(k + 1), number);
    for (size_t c = 0; c < texts.size(); ++c)
      worksheet_write_string(ws, row, static_cast<lxw_col_t>(c + 1), texts[c].c_str(), cell);
  }
  const std::string sum =
      fmt::format("合计 {} 项：整改中 {} 项，待纪委核查 {} 项，已销号 {} 项；其中逾期未销号 {} 项", items.size(),
                  rectifying, reported, closed, overdue);
  worksheet_merge_range(ws, row, 0, row, last_col, sum.c_str(), total);

  worksheet_freeze_panes(ws, 3, 0);
  worksheet_autofilter(ws, 2, 0, items.empty() ? 2 : static_cast<lxw_row_t>(2 + items.size()), last_col);
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_repeat_rows(ws, 0, 2);
  worksheet_set_header(ws, "&C内部资料 注意保密");
  worksheet_set_footer(ws, "&C第 &P 页 共 &N 页");

  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    std::remove(path.c_str());
    return write_failed(lxw_strerror(err));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  std::remove(path.c_str());
  if (!in.good() && !in.eof()) return write_failed("read back " + path);
  return buf.str();
}

}  // namespace qf::inspections

// XLSX writing: see xlsx_writer.h for the contract.
#include "domain/spreadsheet/xlsx_writer.h"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <xlsxwriter.h>

namespace qf::spreadsheet {
namespace {

std::string clean_sheet_name(const std::string& name, size_t index) {
  std::string out;
  for (char c : name) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) continue;
    out.push_back(c);
  }
  // 31 characters (not bytes): cut at a UTF-8 boundary.
  size_t chars = 0, i = 0;
  while (i < out.size() && chars < 31) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++chars;
  }
  out.resize(std::min(i, out.size()));
  if (out.empty()) out = "Sheet" + std::to_string(index + 1);
  return out;
}

std::string temp_path() {
  static std::atomic<uint64_t> counter{0};
  std::error_code ec;
  auto dir = std::filesystem::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  return (dir / ("qingfeng-export-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".xlsx")).string();
}

Error write_failed(const std::string& detail) {
  Error e = Error::internal("xlsx write: " + detail);
  e.code = "spreadsheet.write_failed";
  e.message_zh = "无法生成 Excel 文件";
  e.message_en = "The Excel file could not be produced";
  return e;
}

}  // namespace

Result<std::string> write_xlsx(const std::vector<XlsxSheet>& sheets) {
  const std::string path = temp_path();
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) return write_failed("workbook_new_opt " + path);

  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  format_set_bg_color(bold, 0xDDEBF7);
  format_set_border(bold, LXW_BORDER_THIN);
  lxw_format* text = workbook_add_format(wb);
  format_set_num_format(text, "@");
  // The ledger layout's formats.
  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_font_size(title, 16);
  format_set_align(title, LXW_ALIGN_CENTER);
  format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
  lxw_format* subtitle = workbook_add_format(wb);
  format_set_align(subtitle, LXW_ALIGN_LEFT);
  lxw_format* ledger_header = workbook_add_format(wb);
  format_set_bold(ledger_header);
  format_set_bg_color(ledger_header, 0xDDEBF7);
  format_set_border(ledger_header, LXW_BORDER_THIN);
  format_set_align(ledger_header, LXW_ALIGN_CENTER);
  format_set_align(ledger_header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(ledger_header);
  lxw_format* ledger_text = workbook_add_format(wb);
  format_set_border(ledger_text, LXW_BORDER_THIN);
  format_set_text_wrap(ledger_text);
  format_set_align(ledger_text, LXW_ALIGN_VERTICAL_TOP);
  format_set_num_format(ledger_text, "@");
  lxw_format* ledger_number = workbook_add_format(wb);
  format_set_border(ledger_number, LXW_BORDER_THIN);
  format_set_align(ledger_number, LXW_ALIGN_CENTER);
  format_set_align(ledger_number, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* ledger_total = workbook_add_format(wb);
  format_set_bold(ledger_total);
  format_set_border(ledger_total, LXW_BORDER_THIN);

  for (size_t s = 0; s < sheets.size(); ++s) {
    const XlsxSheet& sheet = sheets[s];
    std::string name = clean_sheet_name(sheet.name, s);
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    if (!ws) ws = workbook_add_worksheet(wb, nullptr);  // duplicate name: let the library pick
    if (!ws) { workbook_close(wb); std::remove(path.c_str()); return write_failed("add worksheet"); }
    const bool ledger = !sheet.title.empty();
    const lxw_row_t head = ledger ? 2 : 0;  // the header row
    const auto last_col = static_cast<lxw_col_t>(sheet.columns.empty() ? 0 : sheet.columns.size() - 1);
    if (ledger) {
      worksheet_set_row(ws, 0, 30, nullptr);
      worksheet_merge_range(ws, 0, 0, 0, last_col, sheet.title.c_str(), title);
      worksheet_merge_range(ws, 1, 0, 1, last_col, sheet.subtitle.c_str(), subtitle);
    }
    for (size_t c = 0; c < sheet.columns.size(); ++c) {
      auto col = static_cast<lxw_col_t>(c);
      worksheet_set_column(ws, col, col, sheet.columns[c].width, nullptr);
      worksheet_write_string(ws, head, col, sheet.columns[c].header.c_str(), ledger ? ledger_header : bold);
      const auto& choices = sheet.columns[c].choices;
      if (!choices.empty()) {
        std::vector<char*> list;
        for (const auto& v : choices) list.push_back(const_cast<char*>(v.c_str()));
        list.push_back(nullptr);
        lxw_data_validation dv{};
        dv.validate = LXW_VALIDATION_TYPE_LIST;
        dv.value_list = list.data();
        dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        const std::string title = "「" + sheet.columns[c].header + "」";
        const std::string message = "请从下拉列表中选择 / choose from the list";
        dv.error_title = const_cast<char*>(title.c_str());
        dv.error_message = const_cast<char*>(message.c_str());
        worksheet_data_validation_range(ws, head + 1, col, 10000, col, &dv);
      }
    }
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      auto row = static_cast<lxw_row_t>(head + 1 + r);
      const auto& cells = sheet.rows[r];
      for (size_t c = 0; c < cells.size(); ++c) {
        auto col = static_cast<lxw_col_t>(c);
        const XlsxCell& cell = cells[c];
        if (const auto* sv = std::get_if<std::string>(&cell)) {
          if (!sv->empty()) worksheet_write_string(ws, row, col, sv->c_str(), ledger ? ledger_text : text);
          else if (ledger) worksheet_write_blank(ws, row, col, ledger_text);
        } else if (const auto* iv = std::get_if<int64_t>(&cell)) {
          worksheet_write_number(ws, row, col, static_cast<double>(*iv), ledger ? ledger_number : nullptr);
        } else if (const auto* dv = std::get_if<double>(&cell)) {
          worksheet_write_number(ws, row, col, *dv, ledger ? ledger_number : nullptr);
        } else if (ledger) {
          worksheet_write_blank(ws, row, col, ledger_text);
        }
      }
    }
    if (!sheet.columns.empty()) {
      worksheet_freeze_panes(ws, head + 1, 0);
      worksheet_autofilter(ws, head, 0, static_cast<lxw_row_t>(head + sheet.rows.size()), last_col);
    }
    if (ledger) {
      if (!sheet.total.empty()) {
        const auto row = static_cast<lxw_row_t>(head + 1 + sheet.rows.size());
        worksheet_merge_range(ws, row, 0, row, last_col, sheet.total.c_str(), ledger_total);
      }
      worksheet_set_landscape(ws);
      worksheet_set_paper(ws, 9);  // A4
      worksheet_repeat_rows(ws, 0, head);
      if (!sheet.marking.empty()) worksheet_set_header(ws, ("&C" + sheet.marking).c_str());
      worksheet_set_footer(ws, "&C第 &P 页 共 &N 页");
    }
  }
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

void number_rows(XlsxSheet& sheet) {
  const bool has = !sheet.columns.empty() && sheet.columns.front().header == "序号";
  if (!has) sheet.columns.insert(sheet.columns.begin(), XlsxColumn{"序号", 6});
  int64_t next = 1;
  for (auto& row : sheet.rows) {
    // A 合计 row (its first cell reads 合计) sums the others and gets no number.
    const bool total = !row.empty() && std::holds_alternative<std::string>(row.front()) &&
                       std::get<std::string>(row.front()) == "合计";
    const XlsxCell n = total ? XlsxCell{} : XlsxCell{next++};
    if (has && !row.empty()) row.front() = n;
    else row.insert(row.begin(), n);
  }
}

}  // namespace qf::spreadsheet

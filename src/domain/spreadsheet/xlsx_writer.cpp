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

  for (size_t s = 0; s < sheets.size(); ++s) {
    const XlsxSheet& sheet = sheets[s];
    std::string name = clean_sheet_name(sheet.name, s);
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    if (!ws) ws = workbook_add_worksheet(wb, nullptr);  // duplicate name: let the library pick
    if (!ws) { workbook_close(wb); std::remove(path.c_str()); return write_failed("add worksheet"); }
    for (size_t c = 0; c < sheet.columns.size(); ++c) {
      auto col = static_cast<lxw_col_t>(c);
      worksheet_set_column(ws, col, col, sheet.columns[c].width, nullptr);
      worksheet_write_string(ws, 0, col, sheet.columns[c].header.c_str(), bold);
    }
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      auto row = static_cast<lxw_row_t>(r + 1);
      const auto& cells = sheet.rows[r];
      for (size_t c = 0; c < cells.size(); ++c) {
        auto col = static_cast<lxw_col_t>(c);
        const XlsxCell& cell = cells[c];
        if (const auto* sv = std::get_if<std::string>(&cell)) {
          if (!sv->empty()) worksheet_write_string(ws, row, col, sv->c_str(), text);
        } else if (const auto* iv = std::get_if<int64_t>(&cell)) {
          worksheet_write_number(ws, row, col, static_cast<double>(*iv), nullptr);
        } else if (const auto* dv = std::get_if<double>(&cell)) {
          worksheet_write_number(ws, row, col, *dv, nullptr);
        }
      }
    }
    if (!sheet.columns.empty()) {
      worksheet_freeze_panes(ws, 1, 0);
      worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                           static_cast<lxw_col_t>(sheet.columns.size() - 1));
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

}  // namespace qf::spreadsheet

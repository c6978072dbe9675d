// Reading an uploaded table file: see table_file.h for the contract.
#include "domain/spreadsheet/table_file.h"

#include "core/csv_reader.h"
#include "core/text_encoding.h"
#include "domain/spreadsheet/xlsx_reader.h"

namespace qf::spreadsheet {
namespace {

bool all_blank(const std::vector<std::string>& cells) {
  for (const auto& c : cells) if (!c.empty()) return false;
  return true;
}

size_t filled(const std::vector<std::string>& cells) {
  size_t n = 0;
  for (const auto& c : cells) n += !c.empty();
  return n;
}

Table from_rows(std::string format, std::vector<std::pair<uint64_t, std::vector<std::string>>> rows) {
  Table t;
  t.format = std::move(format);
  // A ledger export (a title row and a filter row above the header, each one merged
  // cell) imports as it was exported: rows of a single cell before the first row of
  // several are skipped (when there is such a row).
  bool several = false;
  for (auto& [number, cells] : rows) {
    for (auto& c : cells) c = trim_cell(c);
    several = several || filled(cells) > 1;
  }
  bool have_header = false;
  for (auto& [number, cells] : rows) {
    if (all_blank(cells)) continue;
    if (!have_header && several && filled(cells) == 1) continue;
    if (!have_header) {
      t.header = std::move(cells);
      t.header_number = number;
      have_header = true;
      continue;
    }
    t.rows.push_back(TableRow{number, std::move(cells)});
  }
  return t;
}

}  // namespace

std::string trim_cell(std::string_view s) {
  auto is_space_at_front = [&](size_t i) -> size_t {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') return 1;
    if (c == 0xE3 && i + 2 < s.size() + 0 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x80) return 3;  // U+3000
    return 0;
  };
  size_t b = 0;
  while (b < s.size()) {
    size_t n = is_space_at_front(b);
    if (n == 0) break;
    b += n;
  }
  size_t e = s.size();
  while (e > b) {
    unsigned char c = static_cast<unsigned char>(s[e - 1]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') { --e; continue; }
    if (e - b >= 3 && static_cast<unsigned char>(s[e - 3]) == 0xE3 &&
        static_cast<unsigned char>(s[e - 2]) == 0x80 && c == 0x80) { e -= 3; continue; }
    break;
  }
  return std::string(s.substr(b, e - b));
}

Result<Table> read_table_file(std::string_view bytes, std::string_view filename) {
  const std::string f(filename);
  if (bytes.empty()) {
    return Error::invalid("spreadsheet.empty", "文件“" + f + "”是空的", "File \"" + f + "\" is empty", f);
  }
  if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4)) {
    return Error::invalid("spreadsheet.xls_unsupported",
                          "文件“" + f + "”是旧版 Excel（.xls）格式，请在 Excel 中另存为 .xlsx 或 CSV 后再导入",
                          "File \"" + f + "\" is a legacy Excel (.xls) workbook; save it as .xlsx or CSV and import again", f);
  }
  std::vector<std::pair<uint64_t, std::vector<std::string>>> rows;
  Table table;
  if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    QF_TRY(auto xrows, read_xlsx_rows(bytes, filename));
    for (auto& r : xrows) rows.emplace_back(r.number, std::move(r.cells));
    table = from_rows("xlsx", std::move(rows));
  } else {
    text::Encoding enc = text::Encoding::kUtf8;
    QF_TRY(std::string utf8, text::to_utf8(bytes, &enc));
    csv::CsvReader reader(utf8);
    csv::Record rec;
    while (reader.next(&rec)) {
      if (rec.unterminated) {
        return Error::invalid("spreadsheet.csv_unterminated",
                              "文件“" + f + "”第 " + std::to_string(rec.line) + " 行：引号没有闭合",
                              "File \"" + f + "\" line " + std::to_string(rec.line) + ": a quoted field is never closed",
                              f + ":" + std::to_string(rec.line));
      }
      std::vector<std::string> cells;
      cells.reserve(rec.fields.size());
      for (auto fv : rec.fields) cells.emplace_back(fv);
      rows.emplace_back(rec.line, std::move(cells));
    }
    table = from_rows(std::string("csv (") + text::encoding_name(enc) + ")", std::move(rows));
  }
  if (table.header.empty()) {
    return Error::invalid("spreadsheet.no_header", "文件“" + f + "”没有表头行", "File \"" + f + "\" has no header row", f);
  }
  return table;
}

}  // namespace qf::spreadsheet

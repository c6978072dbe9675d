// XLSX reading: see xlsx_reader.h for the contract.
#include "domain/spreadsheet/xlsx_reader.h"

#include <unzip.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <set>

#include <pugixml.hpp>

namespace qf::spreadsheet {
namespace {

// minizip reads the workbook straight from memory through these callbacks.
struct MemoryStream {
  std::string_view bytes;
  uint64_t pos = 0;
};

voidpf ZCALLBACK mem_open(voidpf opaque, const void*, int) { return opaque; }
uLong ZCALLBACK mem_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* m = static_cast<MemoryStream*>(stream);
  uint64_t left = m->pos < m->bytes.size() ? m->bytes.size() - m->pos : 0;
  uLong n = static_cast<uLong>(std::min<uint64_t>(left, size));
  if (n > 0) std::memcpy(buf, m->bytes.data() + m->pos, n);
  m->pos += n;
  return n;
}
uLong ZCALLBACK mem_write(voidpf, voidpf, const void*, uLong) { return 0; }
ZPOS64_T ZCALLBACK mem_tell(voidpf, voidpf stream) { return static_cast<MemoryStream*>(stream)->pos; }
long ZCALLBACK mem_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* m = static_cast<MemoryStream*>(stream);
  uint64_t base = 0;
  switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = m->pos; break;
    case ZLIB_FILEFUNC_SEEK_END: base = m->bytes.size(); break;
    default: return -1;
  }
  uint64_t target = base + offset;
  if (target > m->bytes.size()) return -1;
  m->pos = target;
  return 0;
}
int ZCALLBACK mem_close(voidpf, voidpf) { return 0; }
int ZCALLBACK mem_error(voidpf, voidpf) { return 0; }

Error bad_file(std::string_view filename, const std::string& zh_why, const std::string& en_why) {
  std::string f(filename);
  return Error::invalid("spreadsheet.xlsx_invalid", "文件“" + f + "”不是有效的 Excel（.xlsx）文件：" + zh_why,
                        "File \"" + f + "\" is not a valid Excel (.xlsx) workbook: " + en_why, f);
}

// An open zip archive over memory; closes itself.
class ZipInMemory {
 public:
  explicit ZipInMemory(std::string_view bytes) : stream_{bytes, 0} {
    zlib_filefunc64_def f{};
    f.zopen64_file = mem_open;
    f.zread_file = mem_read;
    f.zwrite_file = mem_write;
    f.ztell64_file = mem_tell;
    f.zseek64_file = mem_seek;
    f.zclose_file = mem_close;
    f.zerror_file = mem_error;
    f.opaque = &stream_;
    zip_ = unzOpen2_64("memory.xlsx", &f);
  }
  ~ZipInMemory() {
    if (zip_) unzClose(zip_);
  }
  ZipInMemory(const ZipInMemory&) = delete;
  ZipInMemory& operator=(const ZipInMemory&) = delete;
  bool ok() const { return zip_ != nullptr; }

  // The entry's bytes, or nullopt when absent or unreadable. Entries are capped at
  // 512 MiB uncompressed so that a zip bomb cannot exhaust memory.
  std::optional<std::string> entry(const std::string& name) {
    if (unzLocateFile(zip_, name.c_str(), 0) != UNZ_OK) return std::nullopt;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) return std::nullopt;
    if (info.uncompressed_size > (512ull << 20)) return std::nullopt;
    if (unzOpenCurrentFile(zip_) != UNZ_OK) return std::nullopt;
    std::string out;
    out.reserve(static_cast<size_t>(info.uncompressed_size));
    char buf[65536];
    while (true) {
      int n = unzReadCurrentFile(zip_, buf, sizeof buf);
      if (n < 0) { unzCloseCurrentFile(zip_); return std::nullopt; }
      if (n == 0) break;
      out.append(buf, static_cast<size_t>(n));
      if (out.size() > (512ull << 20)) { unzCloseCurrentFile(zip_); return std::nullopt; }
    }
    if (unzCloseCurrentFile(zip_) != UNZ_OK) return std::nullopt;  // CRC mismatch
    return out;
  }

 private:
  MemoryStream stream_;
  unzFile zip_ = nullptr;
};

// Concatenated text of <t> descendants, skipping phonetic runs (<rPh>).
void collect_text(const pugi::xml_node& node, std::string* out) {
  for (pugi::xml_node c : node.children()) {
    std::string_view n = c.name();
    if (n == "rPh" || n == "phoneticPr") continue;
    if (n == "t") {
      out->append(c.text().get());
    } else {
      collect_text(c, out);
    }
  }
}

bool builtin_date_format(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58) || (id >= 71 && id <= 81);
}

// A custom number format is a date when it has y, d or h/s outside quotes, brackets
// (colours, locales) and escaped characters, and is not elapsed-time-only text.
bool custom_date_format(std::string_view code) {
  bool in_quote = false;
  int bracket = 0;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (in_quote) { if (c == '"') in_quote = false; continue; }
    if (c == '"') { in_quote = true; continue; }
    if (c == '\\' || c == '_' || c == '*') { ++i; continue; }
    if (c == '[') { ++bracket; continue; }
    if (c == ']') { if (bracket > 0) --bracket; continue; }
    if (bracket > 0) continue;
    char l = static_cast<char>(c | 0x20);
    if (l == 'y' || l == 'd' || l == 'h' || l == 's' || l == 'e') return true;
    if (c == ';') break;  // only the first section decides
  }
  return false;
}

int column_index(std::string_view ref) {
  int col = 0;
  size_t i = 0;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    col = col * 26 + ((ref[i] | 0x20) - 'a' + 1);
    ++i;
    if (col > 16384) return -1;
  }
  return col - 1;
}

std::string number_text(double v) {
  if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 1e15) {
    return std::to_string(static_cast<long long>(v));
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::string zip_path_join(const std::string& target) {
  // Targets in workbook.xml.rels are relative to xl/ unless absolute.
  if (!target.empty() && target[0] == '/') return target.substr(1);
  return "xl/" + target;
}

}  // namespace

std::string excel_serial_to_date(double serial) {
  // Day 60 is Excel's phantom 1900-02-29; from day 61 on, serials count from
  // 1899-12-30; below, from 1899-12-31.
  long long days = static_cast<long long>(std::floor(serial));
  long long from_epoch = days >= 61 ? days - 25569 : days - 25568;  // 25569 = 1970-01-01
  // civil_from_days (proleptic Gregorian).
  long long z = from_epoch + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = static_cast<long long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", y, m, d);
  return buf;
}

Result<std::vector<XlsxRow>> read_xlsx_rows(std::string_view bytes, std::string_view filename) {
  ZipInMemory zip(bytes);
  if (!zip.ok()) return bad_file(filename, "无法打开压缩包", "the zip container cannot be opened");

  auto parse = [](const std::string& text, pugi::xml_document* doc) {
    return static_cast<bool>(doc->load_buffer(text.data(), text.size()));
  };

  // Which part is the first worksheet: workbook.xml's first <sheet>, resolved via rels.
  std::string sheet_path = "xl/worksheets/sheet1.xml";
  if (auto wb = zip.entry("xl/workbook.xml")) {
    pugi::xml_document wdoc;
    if (!parse(*wb, &wdoc)) return bad_file(filename, "workbook.xml 无法解析", "workbook.xml cannot be parsed");
    pugi::xml_node first = wdoc.child("workbook").child("sheets").child("sheet");
    std::string rid = first.attribute("r:id").as_string();
    if (rid.empty()) {
      for (pugi::xml_attribute a : first.attributes()) {
        std::string_view n = a.name();
        if (n.size() > 3 && n.substr(n.size() - 3) == ":id") rid = a.as_string();
      }
    }
    if (auto rels = zip.entry("xl/_rels/workbook.xml.rels"); rels && !rid.empty()) {
      pugi::xml_document rdoc;
      if (parse(*rels, &rdoc)) {
        for (pugi::xml_node r : rdoc.child("Relationships").children("Relationship")) {
          if (rid == r.attribute("Id").as_string()) sheet_path = zip_path_join(r.attribute("Target").as_string());
        }
      }
    }
  } else {
    return bad_file(filename, "缺少 workbook.xml", "xl/workbook.xml is missing");
  }

  std::vector<std::string> shared;
  if (auto ss = zip.entry("xl/sharedStrings.xml")) {
    pugi::xml_document sdoc;
    if (!parse(*ss, &sdoc)) return bad_file(filename, "共享字符串表无法解析", "the shared strings cannot be parsed");
    for (pugi::xml_node si : sdoc.child("sst").children("si")) {
      std::string t;
      collect_text(si, &t);
      shared.push_back(std::move(t));
    }
  }

  // Styles: which cell formats (index of cellXfs) show dates.
  std::vector<bool> date_style;
  if (auto st = zip.entry("xl/styles.xml")) {
    pugi::xml_document sdoc;
    if (parse(*st, &sdoc)) {
      pugi::xml_node ss = sdoc.child("styleSheet");
      std::set<int> custom_dates;
      for (pugi::xml_node nf : ss.child("numFmts").children("numFmt")) {
        if (custom_date_format(nf.attribute("formatCode").as_string())) custom_dates.insert(nf.attribute("numFmtId").as_int());
      }
      for (pugi::xml_node xf : ss.child("cellXfs").children("xf")) {
        int id = xf.attribute("numFmtId").as_int();
        date_style.push_back(builtin_date_format(id) || custom_dates.count(id) > 0);
      }
    }
  }

  auto sheet = zip.entry(sheet_path);
  if (!sheet) return bad_file(filename, "找不到第一个工作表", "the first worksheet is missing");
  pugi::xml_document doc;
  if (!parse(*sheet, &doc)) return bad_file(filename, "工作表无法解析", "the worksheet cannot be parsed");

  std::vector<XlsxRow> rows;
  uint64_t next_row = 1;
  for (pugi::xml_node r : doc.child("worksheet").child("sheetData").children("row")) {
    XlsxRow row;
    row.number = r.attribute("r").as_ullong(next_row);
    next_row = row.number + 1;
    int next_col = 0;
    for (pugi::xml_node c : r.children("c")) {
      int col = next_col;
      if (pugi::xml_attribute ref = c.attribute("r")) {
        int idx = column_index(ref.as_string());
        if (idx >= 0) col = idx;
      }
      next_col = col + 1;
      std::string t = c.attribute("t").as_string();
      std::string text;
      if (t == "inlineStr") {
        collect_text(c.child("is"), &text);
      } else {
        std::string v = c.child("v").text().get();
        if (t == "s") {
          char* end = nullptr;
          unsigned long idx = std::strtoul(v.c_str(), &end, 10);
          if (v.empty() || *end != '\0' || idx >= shared.size()) {
            return bad_file(filename, "第 " + std::to_string(row.number) + " 行引用了不存在的共享字符串",
                            "row " + std::to_string(row.number) + " refers to a missing shared string");
          }
          text = shared[idx];
        } else if (t == "b") {
          text = v == "1" ? "TRUE" : "FALSE";
        } else if (t == "str" || t == "e") {
          text = v;
        } else if (!v.empty()) {  // number (t="n" or absent), maybe a date
          char* end = nullptr;
          double d = std::strtod(v.c_str(), &end);
          if (*end != '\0') {
            text = v;
          } else {
            unsigned style = c.attribute("s").as_uint(0);
            if (style < date_style.size() && date_style[style] && d >= 1 && d < 2958466) {
              text = excel_serial_to_date(d);
              double frac = d - std::floor(d);
              if (frac > 1e-9) {
                long secs = std::lround(frac * 86400.0);
                if (secs >= 86400) secs = 86399;
                char buf[16];
                std::snprintf(buf, sizeof buf, " %02ld:%02ld:%02ld", secs / 3600, (secs / 60) % 60, secs % 60);
                text += buf;
              }
            } else {
              text = number_text(d);
            }
          }
        }
      }
      if (col >= 16384) continue;
      if (row.cells.size() <= static_cast<size_t>(col)) row.cells.resize(static_cast<size_t>(col) + 1);
      row.cells[static_cast<size_t>(col)] = std::move(text);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string first_sheet_name(std::string_view bytes) {
  ZipInMemory zip(bytes);
  if (!zip.ok()) return {};
  auto wb = zip.entry("xl/workbook.xml");
  if (!wb) return {};
  pugi::xml_document doc;
  if (!doc.load_buffer(wb->data(), wb->size())) return {};
  return doc.child("workbook").child("sheets").child("sheet").attribute("name").as_string();
}

}  // namespace qf::spreadsheet

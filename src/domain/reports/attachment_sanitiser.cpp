#include "domain/reports/attachment_sanitiser.h"

#include <vector>

#include "core/text_encoding.h"
#include "domain/reports/image_sanitiser.h"
#include "domain/reports/ooxml_sanitiser.h"
#include "domain/reports/pdf_sanitiser.h"
#include "domain/reports/zip_in_memory.h"

namespace qf::reports {
namespace {

constexpr uint64_t kMaxUnzipped = 64ull << 20;

Error bad_type(std::string_view filename, const std::string& field) {
  std::string f(filename);
  return Error::invalid("report.attachment_type",
                        "附件“" + f + "”的格式不受支持：仅接受 JPEG、PNG 图片，PDF、Word（.docx）、Excel（.xlsx）文档和纯文本",
                        "Attachment \"" + f + "\" has an unsupported format: only JPEG and PNG images, PDF, Word (.docx), "
                        "Excel (.xlsx) documents and plain text are accepted",
                        field);
}

Error damaged(std::string_view filename, const std::string& field, const std::string& zh, const std::string& en) {
  std::string f(filename);
  return Error::invalid("report.attachment_damaged", "附件“" + f + "”已损坏，无法处理：" + zh,
                        "Attachment \"" + f + "\" is damaged and cannot be processed: " + en, field);
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A stand-alone image: the reduced bytes, or the reason named with the file.
Result<std::string> clean_image(ImageResult r, std::string_view filename, const std::string& field) {
  if (!r.ok) return damaged(filename, field, r.why_zh, r.why_en);
  return std::move(r.bytes);
}

// Code points of valid UTF-8 (the intake refuses anything else before this).
std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return {};
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += static_cast<size_t>(n);
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool invisible(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x061C;
}

std::string ascii_lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

std::string safe_attachment_name(std::string_view filename, AttachmentType type) {
  std::vector<char32_t> cps = code_points(filename);
  // The last path component.
  size_t start = 0;
  for (size_t i = 0; i < cps.size(); ++i)
    if (cps[i] == '/' || cps[i] == '\\') start = i + 1;
  std::vector<char32_t> kept;
  for (size_t i = start; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (invisible(c)) continue;
    if (c == '<' || c == '>' || c == ':' || c == '"' || c == '|' || c == '?' || c == '*') c = '_';
    kept.push_back(c);
  }
  auto trim = [](char32_t c) { return c == ' ' || c == '.' || c == 0x3000; };
  while (!kept.empty() && trim(kept.front())) kept.erase(kept.begin());
  while (!kept.empty() && trim(kept.back())) kept.pop_back();
  // Stem and extension (the part after the last dot, if short and plain).
  size_t dot = kept.size();
  for (size_t i = kept.size(); i-- > 0;)
    if (kept[i] == '.') {
      dot = i;
      break;
    }
  std::string stem, ext;
  for (size_t i = 0; i < dot && i < 200; ++i) append_utf8(stem, kept[i]);
  for (size_t i = dot + 1; i < kept.size(); ++i) append_utf8(ext, kept[i]);
  ext = ascii_lower(ext);
  while (!stem.empty() && (stem.back() == ' ' || stem.back() == '.')) stem.pop_back();
  if (stem.empty()) stem = "附件";
  std::string lower_stem = ascii_lower(stem);
  for (const char* dev : {"con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
                          "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"})
    if (lower_stem == dev) stem = "_" + stem;
  std::vector<std::string> allowed;
  switch (type) {
    case AttachmentType::kJpeg: allowed = {"jpg", "jpeg"}; break;
    case AttachmentType::kPng: allowed = {"png"}; break;
    case AttachmentType::kPdf: allowed = {"pdf"}; break;
    case AttachmentType::kDocx: allowed = {"docx"}; break;
    case AttachmentType::kXlsx: allowed = {"xlsx"}; break;
    case AttachmentType::kText: allowed = {"txt", "csv", "log", "md"}; break;
  }
  std::string original_ext;
  for (size_t i = dot + 1; i < kept.size(); ++i) append_utf8(original_ext, kept[i]);
  for (const auto& a : allowed)
    if (ext == a) return stem + "." + original_ext;
  // A wrong or missing extension: the one of the content is added (the old one stays
  // in the name, so the reporter's naming is still recognisable).
  std::string name = stem;
  if (dot < kept.size() && !ext.empty()) name += "." + original_ext;
  return name + "." + allowed.front();
}

std::string_view content_type_of(AttachmentType t) {
  switch (t) {
    case AttachmentType::kJpeg: return "image/jpeg";
    case AttachmentType::kPng: return "image/png";
    case AttachmentType::kPdf: return "application/pdf";
    case AttachmentType::kDocx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case AttachmentType::kXlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case AttachmentType::kText: return "text/plain; charset=utf-8";
  }
  return "application/octet-stream";
}

Result<CleanAttachment> sanitise_attachment(std::string_view filename, std::string_view bytes,
                                            const std::string& field) {
  CleanAttachment out;
  if (bytes.empty())
    return Error::invalid("report.attachment_empty", "附件“" + std::string(filename) + "”是空文件",
                          "Attachment \"" + std::string(filename) + "\" is empty", field);
  if (starts_with(bytes, "\xFF\xD8\xFF")) {
    out.type = AttachmentType::kJpeg;
    QF_TRY(out.bytes, clean_image(strip_jpeg(bytes), filename, field));
    out.name = safe_attachment_name(filename, out.type);
    return out;
  }
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) {
    out.type = AttachmentType::kPng;
    QF_TRY(out.bytes, clean_image(strip_png(bytes), filename, field));
    out.name = safe_attachment_name(filename, out.type);
    return out;
  }
  if (starts_with(bytes, "%PDF-")) {
    out.type = AttachmentType::kPdf;
    QF_TRY(out.bytes, clean_pdf(bytes, filename, field));
    out.name = safe_attachment_name(filename, out.type);
    return out;
  }
  if (starts_with(bytes, std::string_view("PK\x03\x04", 4))) {
    auto entries = read_zip(bytes, kMaxUnzipped);
    if (!entries) return damaged(filename, field, "压缩包无法读取", "the zip container cannot be read");
    bool content_types = false, word = false, excel = false;
    for (const auto& e : *entries) {
      if (e.name == "[Content_Types].xml") content_types = true;
      if (e.name == "word/document.xml") word = true;
      if (e.name == "xl/workbook.xml") excel = true;
    }
    if (!content_types || word == excel) return bad_type(filename, field);
    out.type = word ? AttachmentType::kDocx : AttachmentType::kXlsx;
    QF_TRY(out.bytes, clean_office(std::move(*entries), word ? OfficeKind::kWord : OfficeKind::kExcel, filename, field));
    out.name = safe_attachment_name(filename, out.type);
    return out;
  }
  if (bytes.find('\0') == std::string_view::npos && text::is_valid_utf8(bytes)) {
    out.type = AttachmentType::kText;
    out.bytes = std::string(bytes);
    out.name = safe_attachment_name(filename, out.type);
    return out;
  }
  return bad_type(filename, field);
}

}  // namespace qf::reports

#include "domain/reports/attachment_sanitiser.h"

#include <pugixml.hpp>

#include <array>
#include <sstream>

#include "core/text_encoding.h"
#include "domain/reports/zip_in_memory.h"

namespace qf::reports {
namespace {

constexpr uint64_t kMaxUnzipped = 64ull << 20;

Error bad_type(std::string_view filename, const std::string& field) {
  std::string f(filename);
  return Error::invalid("report.attachment_type",
                        "附件“" + f + "”的格式不受支持：仅接受 JPEG、PNG 图片，Word（.docx）、Excel（.xlsx）文档和纯文本",
                        "Attachment \"" + f + "\" has an unsupported format: only JPEG and PNG images, Word (.docx), "
                        "Excel (.xlsx) documents and plain text are accepted",
                        field);
}

Error damaged(std::string_view filename, const std::string& field, const char* zh, const char* en) {
  std::string f(filename);
  return Error::invalid("report.attachment_damaged", "附件“" + f + "”已损坏，无法处理：" + zh,
                        "Attachment \"" + f + "\" is damaged and cannot be processed: " + en, field);
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool jpeg_marker_dropped(unsigned char m) {
  if (m == 0xE1 || m == 0xED || m == 0xEF || m == 0xFE) return true;  // APP1, APP13, APP15, COM
  return m >= 0xE3 && m <= 0xEC;                                       // APP3–APP12
}

Result<std::string> clean_jpeg(std::string_view in, std::string_view filename, const std::string& field) {
  auto bad = [&] { return damaged(filename, field, "JPEG 结构错误", "broken JPEG structure"); };
  std::string out("\xFF\xD8", 2);
  size_t p = 2;
  auto u8 = [&](size_t i) { return static_cast<unsigned char>(in[i]); };
  while (p < in.size()) {
    if (u8(p) != 0xFF) return bad();
    while (p < in.size() && u8(p) == 0xFF) ++p;  // fill bytes
    if (p >= in.size()) return bad();
    unsigned char m = u8(p++);
    if (m == 0xD9) {  // EOI: anything after it is dropped
      out.append("\xFF\xD9", 2);
      return out;
    }
    if ((m >= 0xD0 && m <= 0xD7) || m == 0x01) {  // standalone markers
      out.push_back(static_cast<char>(0xFF));
      out.push_back(static_cast<char>(m));
      continue;
    }
    if (p + 2 > in.size()) return bad();
    size_t len = (static_cast<size_t>(u8(p)) << 8) | u8(p + 1);
    if (len < 2 || p + len > in.size()) return bad();
    if (!jpeg_marker_dropped(m)) {
      out.push_back(static_cast<char>(0xFF));
      out.push_back(static_cast<char>(m));
      out.append(in.substr(p, len));
    }
    p += len;
    if (m == 0xDA) {  // start of scan: entropy-coded data up to the next real marker
      size_t start = p;
      while (p + 1 < in.size()) {
        if (u8(p) == 0xFF) {
          unsigned char n = u8(p + 1);
          if (n != 0x00 && !(n >= 0xD0 && n <= 0xD7) && n != 0xFF) break;
        }
        ++p;
      }
      if (p + 1 >= in.size()) return bad();
      out.append(in.substr(start, p - start));
    }
  }
  return bad();  // no EOI
}

Result<std::string> clean_png(std::string_view in, std::string_view filename, const std::string& field) {
  auto bad = [&] { return damaged(filename, field, "PNG 结构错误", "broken PNG structure"); };
  std::string out(in.substr(0, 8));
  size_t p = 8;
  auto u8 = [&](size_t i) { return static_cast<unsigned char>(in[i]); };
  while (p + 12 <= in.size()) {
    uint64_t len = (static_cast<uint64_t>(u8(p)) << 24) | (static_cast<uint64_t>(u8(p + 1)) << 16) |
                   (static_cast<uint64_t>(u8(p + 2)) << 8) | u8(p + 3);
    if (p + 12 + len > in.size()) return bad();
    std::string_view type = in.substr(p + 4, 4);
    bool drop = type == "tEXt" || type == "zTXt" || type == "iTXt" || type == "eXIf" || type == "tIME";
    if (!drop) out.append(in.substr(p, 12 + len));
    p += 12 + len;
    if (type == "IEND") return out;
  }
  return bad();
}

std::string xml_text(const pugi::xml_document& doc) {
  std::ostringstream os;
  doc.save(os, "", pugi::format_raw);
  return os.str();
}

Result<std::string> clean_office(std::vector<ZipEntry> entries, std::string_view filename, const std::string& field) {
  for (auto& e : entries) {
    if (e.name == "docProps/core.xml" || e.name == "docProps/custom.xml") {
      pugi::xml_document doc;
      if (!doc.load_buffer(e.content.data(), e.content.size()))
        return damaged(filename, field, "文档属性无法解析", "document properties cannot be parsed");
      pugi::xml_node root = doc.document_element();
      while (root.first_child()) root.remove_child(root.first_child());
      e.content = xml_text(doc);
    } else if (e.name == "docProps/app.xml") {
      pugi::xml_document doc;
      if (!doc.load_buffer(e.content.data(), e.content.size()))
        return damaged(filename, field, "文档属性无法解析", "document properties cannot be parsed");
      pugi::xml_node root = doc.document_element();
      for (pugi::xml_node n = root.first_child(); n;) {
        pugi::xml_node next = n.next_sibling();
        std::string_view local = n.name();
        if (auto colon = local.find(':'); colon != std::string_view::npos) local = local.substr(colon + 1);
        if (local == "Company" || local == "Manager" || local == "Template" || local == "HyperlinkBase")
          root.remove_child(n);
        n = next;
      }
      e.content = xml_text(doc);
    }
  }
  auto zipped = write_zip(entries);
  if (!zipped) return damaged(filename, field, "无法重新打包", "cannot be re-packed");
  return *zipped;
}

}  // namespace

std::string_view content_type_of(AttachmentType t) {
  switch (t) {
    case AttachmentType::kJpeg: return "image/jpeg";
    case AttachmentType::kPng: return "image/png";
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
    QF_TRY(out.bytes, clean_jpeg(bytes, filename, field));
    return out;
  }
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) {
    out.type = AttachmentType::kPng;
    QF_TRY(out.bytes, clean_png(bytes, filename, field));
    return out;
  }
  if (starts_with(bytes, "%PDF-")) {
    std::string f(filename);
    return Error::invalid("report.attachment_pdf",
                          "附件“" + f + "”是 PDF 文件。为保护您的身份，系统无法可靠地清除 PDF 中的作者等信息，"
                          "请改为上传拍照或截图（JPEG/PNG）或 Word 文档",
                          "Attachment \"" + f + "\" is a PDF. To protect your identity the system cannot reliably "
                          "remove author data from PDF files; please upload a photo or screenshot (JPEG/PNG) or a "
                          "Word document instead",
                          field);
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
    QF_TRY(out.bytes, clean_office(std::move(*entries), filename, field));
    return out;
  }
  if (bytes.find('\0') == std::string_view::npos && text::is_valid_utf8(bytes)) {
    out.type = AttachmentType::kText;
    out.bytes = std::string(bytes);
    return out;
  }
  return bad_type(filename, field);
}

}  // namespace qf::reports

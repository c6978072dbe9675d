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

}  // namespace

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
    return out;
  }
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) {
    out.type = AttachmentType::kPng;
    QF_TRY(out.bytes, clean_image(strip_png(bytes), filename, field));
    return out;
  }
  if (starts_with(bytes, "%PDF-")) {
    out.type = AttachmentType::kPdf;
    QF_TRY(out.bytes, clean_pdf(bytes, filename, field));
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

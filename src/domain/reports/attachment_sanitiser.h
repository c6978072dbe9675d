#pragma once
// Report attachments (举报附件): the type is decided by CONTENT (magic bytes), never by
// the file name, and metadata that could identify the reporter is removed before
// anything is stored (threat model M9). The original bytes are never returned or kept.
//   JPEG  APP1 (EXIF/XMP), APP3–APP12, APP13 (IPTC), APP15 and COM segments dropped;
//         APP0 (JFIF), APP2 (ICC colour) and APP14 (Adobe colour transform) kept; data
//         after EOI dropped.
//   PNG   tEXt, zTXt, iTXt, eXIf, tIME chunks dropped; data after IEND dropped.
//   DOCX/XLSX  zip with [Content_Types].xml; docProps/core.xml emptied of every
//         property (author, last modified by, title, dates…), docProps/app.xml without
//         Company/Manager/Template, docProps/custom.xml emptied; re-zipped with
//         neutral timestamps. (Authors of comments and tracked changes inside the
//         body are NOT removed: stated in the threat model.)
//   PDF   refused (kInvalid "report.attachment_pdf"): see the threat model.
//   text  valid UTF-8 without NUL bytes; kept as is.
// Errors name the attachment (`field`, e.g. "attachments[1]") and the file name.
#include <string>
#include <string_view>

#include "core/result.h"

namespace qf::reports {

enum class AttachmentType { kJpeg, kPng, kDocx, kXlsx, kText };
std::string_view content_type_of(AttachmentType t);

struct CleanAttachment {
  AttachmentType type = AttachmentType::kText;
  std::string bytes;  // metadata removed
};

Result<CleanAttachment> sanitise_attachment(std::string_view filename, std::string_view bytes,
                                            const std::string& field);

}  // namespace qf::reports

#pragma once
// Report attachments (举报附件): the type is decided by CONTENT (magic bytes), never by
// the file name, and metadata that could identify the reporter is removed before
// anything is stored (threat model M9). The original bytes are never returned or kept.
//   JPEG, PNG  reduced to an allow-list of segments/chunks (image_sanitiser.h): EXIF,
//         GPS, XMP, ICC, IPTC, comments, thumbnails, text chunks, trailers dropped.
//   DOCX/XLSX  rebuilt from an allow-list of parts (ooxml_sanitiser.h): thumbnails,
//         embeddings, macros, ActiveX, customXml, glossary, printer settings, embedded
//         fonts dropped consistently; docProps/core.xml emptied, app.xml without
//         Company/Manager/Template, custom.xml emptied; in word/*.xml w:author emptied,
//         w:initials, w:date, w:rsid*, w16cex:dateUtc removed, people.xml emptied,
//         settings.xml without rsids and the attached template; XLSX comment authors,
//         persons, threaded-comment dates, x15ac:absPath removed; every picture in
//         media/ reduced. (Text typed into the body — e.g. an Excel comment that
//         starts with its author's name — is content and stays.)
//   PDF   rewritten with libqpdf (pdf_sanitiser.h): /Info, XMP, annotation authors,
//         JavaScript and embedded files removed, no older revision kept; encrypted or
//         unparsable PDFs refused; every JPEG (DCTDecode) image stream reduced like a
//         JPEG attachment, or the file refused ("report.attachment_uncleanable").
//   text  valid UTF-8 without NUL bytes; kept as is.
// Errors name the attachment (`field`, e.g. "attachments[1]") and the file name.
#include <string>
#include <string_view>

#include "core/result.h"

namespace qf::reports {

enum class AttachmentType { kJpeg, kPng, kPdf, kDocx, kXlsx, kText };
std::string_view content_type_of(AttachmentType t);

struct CleanAttachment {
  AttachmentType type = AttachmentType::kText;
  std::string bytes;  // metadata removed
  std::string name;   // safe_attachment_name(filename, type): the name to store
};

// The file name to store and to offer on download: the last path component only
// (browsers that send "C:\Users\<user>\Desktop\x.jpg" give away the user), without
// control, bidirectional-override and zero-width characters (a name that displays as
// "报告gpj.exe" but is not), with < > : " | ? * replaced by "_", without leading or
// trailing spaces and dots, not a Windows device name (CON, NUL, COM1…), at most 200
// characters before the extension, and with an extension that matches the content
// (".jpg", ".png", ".pdf", ".docx", ".xlsx"; text keeps .txt/.csv/.log/.md, else ".txt"
// is added — a text file never downloads as .html). Empty → "附件" plus the extension.
std::string safe_attachment_name(std::string_view filename, AttachmentType type);

Result<CleanAttachment> sanitise_attachment(std::string_view filename, std::string_view bytes,
                                            const std::string& field);

}  // namespace qf::reports

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
//         Company/Manager/Template, docProps/custom.xml emptied. Inside the body
//         (every word/*.xml part: document, headers/footers, footnotes/endnotes,
//         comments, commentsExtended/Ids/Extensible): w:author emptied (kept present,
//         Word requires it), w:initials, w:date, every w:rsid* and w16cex:dateUtc
//         removed — on w:ins, w:del, w:moveFrom/To, w:*PrChange, w:comment and any other
//         element; word/people.xml emptied of its persons; word/settings.xml without
//         w:rsids and w:attachedTemplate (and its relationship, a path on the author's
//         disk); customXml/item*.xml emptied. XLSX: comment <authors> emptied (count
//         kept), threaded-comment dates removed, xl/persons without names and account
//         ids, x15ac:absPath removed. Parts with nothing to remove are kept byte for
//         byte; re-zipped with neutral timestamps. (Text typed into the body — e.g. an
//         Excel comment that starts with its author's name — is content and stays.)
//   PDF   rewritten with libqpdf (pdf_sanitiser.h): /Info, XMP, annotation authors,
//         JavaScript and embedded files removed, no older revision kept; encrypted or
//         unparsable PDFs refused.
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

#pragma once
// PDF report attachments rewritten without identifying data (threat model M9), with
// libqpdf, entirely in memory. Removed: the trailer /Info dictionary and /ID (a new
// /ID is generated), every /Metadata (XMP) and /PieceInfo on any object, /LastModified,
// document and page JavaScript and automatic actions (/Names /JavaScript, /OpenAction,
// /AA, /JS), embedded files (/Names /EmbeddedFiles, /EF file streams, FileAttachment
// annotations, portfolios /Collection), and the author (/T, except form-field names of
// widgets), dates (/M, /CreationDate) and ids (/NM) of annotations. The whole file is
// then written anew — no incremental update, so no older revision survives; objects no
// longer referenced (old /Info objects of earlier revisions, XMP streams) are dropped;
// object streams are regenerated. Stream data is copied byte for byte, never inflated
// (no decompression bomb on the public listener), except JPEG image streams (filter
// /DCTDecode alone): they are reduced by strip_jpeg (image_sanitiser.h) — EXIF, GPS,
// XMP, ICC, comments dropped — keeping filter and parameters (the writer sets the new
// /Length). A DCT stream behind another filter, or one that is no well-formed JPEG,
// refuses the file ("report.attachment_uncleanable", bilingual, naming the file).
// Refused (Error kInvalid, `field` = the attachment, the file name in both messages,
// never qpdf's own text): encrypted (password-protected) files
// ("report.attachment_encrypted"), files qpdf cannot parse, and files that parse only
// with recovery when the rewritten result does not re-parse cleanly
// ("report.attachment_damaged").
#include <string>
#include <string_view>

#include "core/result.h"

namespace qf::reports {

Result<std::string> clean_pdf(std::string_view in, std::string_view filename, const std::string& field);

}  // namespace qf::reports

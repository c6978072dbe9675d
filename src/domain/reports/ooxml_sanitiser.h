#pragma once
// Office Open XML report attachments (DOCX, XLSX) rebuilt from an allow-list of parts
// (threat model M9). Every part not listed below is dropped, together with the
// relationships that point to it, its [Content_Types].xml override and the XML
// elements that refer to those relationships (so Word, Excel and WPS open the result
// without a repair prompt).
//   Both  [Content_Types].xml, _rels/*.rels of kept parts, docProps/core.xml (every
//         property removed), docProps/app.xml (without Company, Manager, Template,
//         HyperlinkBase), docProps/custom.xml (emptied).
//   DOCX  word/: document, styles, stylesWithEffects, numbering, settings, webSettings,
//         fontTable, footnotes, endnotes, comments, commentsExtended/Ids/Extensible,
//         people, header*.xml, footer*.xml, theme/*.xml, charts/*.xml, diagrams/*.xml,
//         media/*.
//   XLSX  xl/: workbook, styles, sharedStrings, calcChain, metadata, comments*.xml,
//         worksheets/, chartsheets/, drawings/ (xml and vml), theme/, charts/,
//         tables/, pivotTables/, pivotCache/, externalLinks/, ctrlProps/,
//         threadedComments/, persons/, media/ (direct children only).
//   Dropped therefore: docProps/thumbnail.*, customXml/*, */embeddings/* (OLE objects,
//         the workbooks behind charts), vbaProject.bin and vbaData.xml (a macro-enabled
//         main part gets the plain document content type), activeX/*, glossary/*,
//         printerSettings/*, embedded fonts, and anything unknown. Elements referring
//         to a dropped relationship are removed (o:OLEObject, w:control, c:externalData,
//         w:embedRegular, w:altChunk…, with an emptied oleObjects/controls/
//         mc:AlternateContent around them); a pageSetup only loses its r:id.
//   Inside kept parts: the author traces of attachment_sanitiser.h (w:author emptied,
//         dates, rsids, people, template path; Excel comment authors, persons,
//         absPath). Every media part goes through strip_office_image (image_sanitiser.h);
//         a picture that cannot be cleaned refuses the file, naming the part.
//   Refused: entry names that are unsafe (absolute, "..", backslashes, drive letters,
//         control characters) or duplicated (case-insensitively).
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/reports/zip_in_memory.h"

namespace qf::reports {

enum class OfficeKind { kWord, kExcel };

Result<std::string> clean_office(std::vector<ZipEntry> entries, OfficeKind kind, std::string_view filename,
                                 const std::string& field);

}  // namespace qf::reports

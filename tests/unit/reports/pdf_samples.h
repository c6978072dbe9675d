#pragma once
// Small PDFs written by hand in the tests (no binary fixtures), with a correct
// cross-reference table, so that each identifying place of a PDF carries a marker.
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace qf::reports::testing {

// Objects are appended in order; `section` closes a cross-reference section (the
// first one, or an incremental update pointing to the previous one with /Prev).
class PdfText {
 public:
  PdfText() : bytes_("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") {}

  void object(int number, const std::string& body) {
    pending_[number] = bytes_.size();
    bytes_ += std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
    if (number >= size_) size_ = number + 1;
  }
  void stream(int number, const std::string& dict_entries, const std::string& data) {
    object(number, "<< " + dict_entries + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data +
                       "\nendstream");
  }
  // trailer_entries without /Size and /Prev (added here).
  void section(const std::string& trailer_entries) {
    size_t xref = bytes_.size();
    bytes_ += "xref\n";
    if (previous_xref_ == 0) bytes_ += "0 1\n0000000000 65535 f \n";
    for (const auto& [n, offset] : pending_) {
      char line[32];
      std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
      bytes_ += std::to_string(n) + " 1\n" + line;
    }
    pending_.clear();
    bytes_ += "trailer\n<< /Size " + std::to_string(size_) + " " + trailer_entries;
    if (previous_xref_ != 0) bytes_ += " /Prev " + std::to_string(previous_xref_);
    bytes_ += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    previous_xref_ = xref;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::map<int, size_t> pending_;
  int size_ = 1;
  size_t previous_xref_ = 0;
};

inline const std::vector<std::string> kPdfMarkers = {
    "InfoAuthorMarkerWang", "InfoCreatorMarker", "XmpAuthorMarkerLiu", "AnnotAuthorMarkerChen", "AnnotIdMarkerNm",
    "D:20260102030405", "PieceInfoMarkerHan", "EmbeddedFileMarkerZhou", "JsMarkerWu", "AttachAnnotAuthorMarker",
    "IdMarkerOriginal", "SecondInfoAuthorMarker"};
inline const std::string kPdfPageText = "PageTextKeepMe";

// One page with text, a Text annotation with an author, a FileAttachment annotation,
// XMP metadata, /PieceInfo, an embedded file, document JavaScript as /OpenAction and
// an /Info dictionary; with `incremental`, an update section adds a second /Info.
inline std::string pdf_with_metadata(bool incremental) {
  PdfText p;
  p.object(1,
           "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R /OpenAction 10 0 R"
           " /Names << /EmbeddedFiles << /Names [(secret.txt) 8 0 R] >> /JavaScript << /Names [(js) 10 0 R] >> >> >>");
  p.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  p.object(3,
           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
           " /Resources << /Font << /F1 5 0 R >> >> /Annots [7 0 R 11 0 R]"
           " /PieceInfo << /Marker << /Private (PieceInfoMarkerHan) >> >> >>");
  p.stream(4, "", "BT /F1 24 Tf 72 700 Td (" + kPdfPageText + ") Tj ET");
  p.object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  p.stream(6, "/Type /Metadata /Subtype /XML",
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>XmpAuthorMarkerLiu</dc:creator></x:xmpmeta>");
  p.object(7,
           "<< /Type /Annot /Subtype /Text /Rect [100 100 120 120] /Contents (AnnotNoteKeep)"
           " /T (AnnotAuthorMarkerChen) /M (D:20260102030405Z) /NM (AnnotIdMarkerNm) >>");
  p.object(8, "<< /Type /Filespec /F (secret.txt) /EF << /F 9 0 R >> >>");
  p.stream(9, "/Type /EmbeddedFile", "EmbeddedFileMarkerZhou");
  p.object(10, "<< /S /JavaScript /JS (app.alert\\('JsMarkerWu'\\)) >>");
  p.object(11,
           "<< /Type /Annot /Subtype /FileAttachment /Rect [200 200 220 220] /FS 8 0 R"
           " /T (AttachAnnotAuthorMarker) >>");
  p.object(12,
           "<< /Author (InfoAuthorMarkerWang) /Creator (InfoCreatorMarker) /CreationDate (D:20260102030405Z) >>");
  p.section("/Root 1 0 R /Info 12 0 R /ID [(IdMarkerOriginal) (IdMarkerOriginal)]");
  if (incremental) {
    p.object(13, "<< /Author (SecondInfoAuthorMarker) /Producer (InfoCreatorMarker) >>");
    p.section("/Root 1 0 R /Info 13 0 R /ID [(IdMarkerOriginal) (IdMarkerOriginal)]");
  }
  return p.bytes();
}

}  // namespace qf::reports::testing

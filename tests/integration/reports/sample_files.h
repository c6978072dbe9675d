#pragma once
// Attachments with identifying metadata, built in the test (no binary fixtures):
// a JPEG with EXIF/XMP/comment, a DOCX whose core/app properties name an author
// and a company and whose tracked insertion names a reviewer, and a PDF whose /Info, XMP and annotation name an author. The marker
// strings must never be found in anything stored (PDF: not even in its inflated streams,
// see pdf_readable_content).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "domain/reports/zip_in_memory.h"

namespace qf::reports::testing {

inline const std::vector<std::string> kJpegMarkers = {"CanonEOS5DMarkIV", "GPS39.9042N116.4074E", "OwnerWangWuCamera",
                                                      "XmpCreatorQian"};
inline const std::vector<std::string> kDocxMarkers = {"DocAuthorSunLi", "DocEditorZhouQi", "CompanyWuTechLtd",
                                                      "DocReviewerMarkerHe", "2026-02-03T04:05:06Z"};

inline const std::vector<std::string> kPdfMarkers = {"PdfInfoAuthorMarkerGao", "PdfXmpCreatorMarkerTang",
                                                     "PdfAnnotAuthorMarkerLu"};
inline const std::string kPdfPageText = "PdfPageTextKeep";

inline std::string jpeg_segment(unsigned char marker, const std::string& payload) {
  std::string s;
  s.push_back(static_cast<char>(0xFF));
  s.push_back(static_cast<char>(marker));
  size_t len = payload.size() + 2;
  s.push_back(static_cast<char>(len >> 8));
  s.push_back(static_cast<char>(len & 0xFF));
  return s + payload;
}

inline std::string jpeg_with_exif() {
  std::string j("\xFF\xD8", 2);
  j += jpeg_segment(0xE0, std::string("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14));
  j += jpeg_segment(0xE1, std::string("Exif\0\0", 6) + "CanonEOS5DMarkIV GPS39.9042N116.4074E OwnerWangWuCamera");
  j += jpeg_segment(0xE1, std::string("http://ns.adobe.com/xap/1.0/\0", 29) + "XmpCreatorQian");
  j += jpeg_segment(0xFE, "comment");
  j += jpeg_segment(0xDB, std::string(65, '\x01'));
  j += jpeg_segment(0xC0, std::string("\x08\0\x10\0\x10\x01\x01\x11\0", 9));
  j += jpeg_segment(0xDA, std::string("\x01\x01\0\0\x3f\0", 6));
  j += std::string("\x11\x22\x33\xFF\x00\x44", 6);
  j += std::string("\xFF\xD9", 2);
  return j;
}

inline std::string docx_with_author() {
  std::vector<ZipEntry> e = {
      {"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"word/document.xml",
       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
       "<w:r><w:t>DocxBodyText</w:t></w:r><w:ins w:id=\"1\" w:author=\"DocReviewerMarkerHe\" "
       "w:date=\"2026-02-03T04:05:06Z\"><w:r><w:t>DocxInserted</w:t></w:r></w:ins></w:p></w:body></w:document>"},
      {"docProps/core.xml",
       "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\"><dc:creator>DocAuthorSunLi</dc:creator>"
       "<cp:lastModifiedBy>DocEditorZhouQi</cp:lastModifiedBy></cp:coreProperties>"},
      {"docProps/app.xml", "<Properties xmlns=\"p\"><Company>CompanyWuTechLtd</Company></Properties>"},
  };
  return *write_zip(e);
}

// A DOCX whose photo (word/media) carries EXIF with GPS, with a thumbnail
// (docProps/thumbnail.jpeg) of the same photo and an embedded OLE workbook; the
// document's relationships point to all three (issue 14: metadata inside attachments).
inline const std::vector<std::string> kDocxPhotoMarkers = {"CanonEOS5DMarkIV", "GPS39.9042N116.4074E",
                                                           "OwnerWangWuCamera", "XmpCreatorQian",
                                                           "EmbeddedWorkbookMarkerYu"};
inline std::string docx_with_photo() {
  const std::string rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::vector<ZipEntry> e = {
      {"[Content_Types].xml",
       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/></Types>"},
      {"_rels/.rels", "<Relationships xmlns=\"" + rels_ns + "\"><Relationship Id=\"rId1\" Type=\"" + rel +
                          "officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" "
                          "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail\" "
                          "Target=\"docProps/thumbnail.jpeg\"/></Relationships>"},
      {"docProps/thumbnail.jpeg", jpeg_with_exif()},
      {"word/document.xml",
       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
       "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><w:body><w:p><w:r><w:t>DocxPhotoBodyText</w:t>"
       "</w:r></w:p><w:p><w:r><w:drawing><a:blip r:embed=\"rId1\"/></w:drawing></w:r></w:p></w:body></w:document>"},
      {"word/_rels/document.xml.rels",
       "<Relationships xmlns=\"" + rels_ns + "\"><Relationship Id=\"rId1\" Type=\"" + rel +
           "image\" Target=\"media/image1.jpeg\"/><Relationship Id=\"rId2\" Type=\"" + rel +
           "package\" Target=\"embeddings/Workbook1.xlsx\"/></Relationships>"},
      {"word/media/image1.jpeg", jpeg_with_exif()},
      {"word/embeddings/Workbook1.xlsx", "EmbeddedWorkbookMarkerYu"},
  };
  return *write_zip(e);
}

// One page of text, an annotation with an author, XMP metadata and an /Info dictionary,
// with a correct cross-reference table.
inline std::string pdf_with_author() {
  const std::string xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">PdfXmpCreatorMarkerTang</x:xmpmeta>";
  const std::string text = "BT /F1 18 Tf 72 700 Td (" + kPdfPageText + ") Tj ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [6 0 R]"
      " /Resources << /Font << /F1 7 0 R >> >> >>",
      "<< /Length " + std::to_string(text.size()) + " >>\nstream\n" + text + "\nendstream",
      "<< /Type /Metadata /Subtype /XML /Length " + std::to_string(xmp.size()) + " >>\nstream\n" + xmp + "\nendstream",
      "<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (note) /T (PdfAnnotAuthorMarkerLu) >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Author (PdfInfoAuthorMarkerGao) >>",
  };
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t o : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info 8 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// The raw bytes of a PDF plus every object as text and every stream inflated; empty
// when qpdf cannot read it.
inline std::string pdf_readable_content(const std::string& pdf) {
  try {
    QPDF q;
    q.setSuppressWarnings(true);
    q.processMemoryFile("stored attachment", pdf.data(), pdf.size());
    std::string all = pdf + q.getTrailer().unparse();
    for (auto& obj : q.getAllObjects()) {
      all += obj.unparse() + "\n";
      if (obj.isStream()) {
        auto data = obj.getStreamData(qpdf_dl_all);
        all.append(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
      }
    }
    return all;
  } catch (const std::exception&) {
    return {};
  }
}

}  // namespace qf::reports::testing

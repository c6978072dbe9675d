#pragma once
// Attachments with identifying metadata, built in the test (no binary fixtures):
// a JPEG with EXIF/XMP/comment, and a DOCX whose core/app properties name an author
// and a company. The marker strings must never be found in anything stored.
#include <string>
#include <vector>

#include "domain/reports/zip_in_memory.h"

namespace qf::reports::testing {

inline const std::vector<std::string> kJpegMarkers = {"CanonEOS5DMarkIV", "GPS39.9042N116.4074E", "OwnerWangWuCamera",
                                                      "XmpCreatorQian"};
inline const std::vector<std::string> kDocxMarkers = {"DocAuthorSunLi", "DocEditorZhouQi", "CompanyWuTechLtd"};

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
      {"word/document.xml", "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>DocxBodyText</w:t></w:r></w:p></w:body></w:document>"},
      {"docProps/core.xml",
       "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\"><dc:creator>DocAuthorSunLi</dc:creator>"
       "<cp:lastModifiedBy>DocEditorZhouQi</cp:lastModifiedBy></cp:coreProperties>"},
      {"docProps/app.xml", "<Properties xmlns=\"p\"><Company>CompanyWuTechLtd</Company></Properties>"},
  };
  return *write_zip(e);
}

}  // namespace qf::reports::testing

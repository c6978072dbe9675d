// Attachment types by content and metadata removal (threat model M9).
#include <gtest/gtest.h>

#include "domain/reports/attachment_sanitiser.h"
#include "domain/reports/zip_in_memory.h"

namespace qf::reports {
namespace {

std::string segment(unsigned char marker, const std::string& payload) {
  std::string s;
  s.push_back(static_cast<char>(0xFF));
  s.push_back(static_cast<char>(marker));
  size_t len = payload.size() + 2;
  s.push_back(static_cast<char>(len >> 8));
  s.push_back(static_cast<char>(len & 0xFF));
  return s + payload;
}

// A structurally complete JPEG with EXIF (camera, GPS, owner), XMP, IPTC and a comment.
std::string jpeg_with_metadata() {
  std::string j("\xFF\xD8", 2);
  j += segment(0xE0, std::string("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14));
  j += segment(0xE1, std::string("Exif\0\0", 6) + "Canon EOS 5D GPS 39.9042N 116.4074E Owner WangWu");
  j += segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>creator XmpAuthor</x:xmpmeta>");
  j += segment(0xED, "Photoshop 3.0\08BIM IptcByline");
  j += segment(0xFE, "comment by the reporter ZhaoLiu");
  j += segment(0xDB, std::string(65, '\x01'));  // DQT
  j += segment(0xC0, std::string("\x08\0\x10\0\x10\x01\x01\x11\0", 9));  // SOF0
  j += segment(0xC4, std::string(20, '\x02'));  // DHT
  j += segment(0xDA, std::string("\x01\x01\0\0\x3f\0", 6));  // SOS
  j += std::string("\x12\x34\xFF\x00\x56\xFF\xD0\x78\x9A", 9);  // entropy data with stuffing and RST0
  j += std::string("\xFF\xD9", 2);
  j += "trailing data after EOI TrailerSecret";
  return j;
}

std::string chunk(const std::string& type, const std::string& data) {
  std::string s;
  uint32_t n = static_cast<uint32_t>(data.size());
  s.push_back(static_cast<char>(n >> 24));
  s.push_back(static_cast<char>(n >> 16));
  s.push_back(static_cast<char>(n >> 8));
  s.push_back(static_cast<char>(n));
  s += type + data + std::string("\0\0\0\0", 4);  // CRC is not checked by the sanitiser
  return s;
}

std::string png_with_metadata() {
  std::string p("\x89PNG\r\n\x1a\n", 8);
  p += chunk("IHDR", std::string("\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 13));
  p += chunk("tEXt", std::string("Author\0PngAuthorQian", 20));
  p += chunk("iTXt", "Description PngDescription");
  p += chunk("tIME", "\x07\xEA\x0B\x1A\x01\x02\x03");
  p += chunk("eXIf", "PngExifCamera");
  p += chunk("IDAT", "imagedata");
  p += chunk("IEND", "");
  return p;
}

std::string docx_with_metadata() {
  std::vector<ZipEntry> e = {
      {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>正文内容BodyText</w:t></w:r></w:p></w:body></w:document>"},
      {"docProps/core.xml",
       "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
       "<dc:creator>DocCreatorSun</dc:creator><cp:lastModifiedBy>DocEditorZhou</cp:lastModifiedBy>"
       "<dc:title>DocTitleSecret</dc:title><dcterms:created>2026-01-02T03:04:05Z</dcterms:created></cp:coreProperties>"},
      {"docProps/app.xml",
       "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
       "<Application>Microsoft Office Word</Application><Company>CompanyWuLtd</Company><Manager>ManagerZheng</Manager>"
       "</Properties>"},
      {"docProps/custom.xml", "<Properties xmlns=\"x\"><property name=\"Owner\"><vt:lpwstr>CustomOwnerFeng</vt:lpwstr></property></Properties>"},
  };
  return *write_zip(e);
}

TEST(AttachmentSanitiser, JpegLosesExifXmpIptcCommentAndTrailerButKeepsImage) {
  std::string in = jpeg_with_metadata();
  auto out = sanitise_attachment("photo.jpg", in, "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_EQ(out->type, AttachmentType::kJpeg);
  for (const char* s : {"Canon", "GPS", "WangWu", "XmpAuthor", "IptcByline", "ZhaoLiu", "TrailerSecret", "Exif"})
    EXPECT_EQ(out->bytes.find(s), std::string::npos) << s;
  EXPECT_NE(out->bytes.find("JFIF"), std::string::npos);
  EXPECT_NE(out->bytes.find(std::string("\x12\x34\xFF\x00\x56\xFF\xD0\x78\x9A", 9)), std::string::npos)
      << "scan data kept byte for byte";
  EXPECT_EQ(out->bytes.substr(out->bytes.size() - 2), std::string("\xFF\xD9", 2));
}

TEST(AttachmentSanitiser, BrokenJpegIsRefusedNamingTheFile) {
  std::string in = jpeg_with_metadata().substr(0, 40);
  auto out = sanitise_attachment("broken.jpg", in, "attachments[2]");
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().field, "attachments[2]");
  EXPECT_NE(out.error().message_zh.find("broken.jpg"), std::string::npos);
}

TEST(AttachmentSanitiser, PngLosesTextTimeAndExifChunks) {
  auto out = sanitise_attachment("scan.png", png_with_metadata(), "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_EQ(out->type, AttachmentType::kPng);
  for (const char* s : {"PngAuthorQian", "PngDescription", "tIME", "PngExifCamera", "tEXt"})
    EXPECT_EQ(out->bytes.find(s), std::string::npos) << s;
  EXPECT_NE(out->bytes.find("IDAT"), std::string::npos);
  EXPECT_NE(out->bytes.find("IEND"), std::string::npos);
}

TEST(AttachmentSanitiser, DocxLosesAuthorCompanyAndCustomPropertiesButKeepsText) {
  auto out = sanitise_attachment("举报材料.docx", docx_with_metadata(), "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_EQ(out->type, AttachmentType::kDocx);
  auto entries = read_zip(out->bytes, 1 << 20);
  ASSERT_TRUE(entries.has_value());
  std::string all;
  bool body = false;
  for (const auto& e : *entries) {
    all += e.content;
    if (e.name == "word/document.xml") body = e.content.find("正文内容BodyText") != std::string::npos;
  }
  EXPECT_TRUE(body);
  for (const char* s : {"DocCreatorSun", "DocEditorZhou", "DocTitleSecret", "2026-01-02", "CompanyWuLtd",
                        "ManagerZheng", "CustomOwnerFeng"})
    EXPECT_EQ(all.find(s), std::string::npos) << s;
  EXPECT_NE(all.find("Microsoft Office Word"), std::string::npos) << "harmless properties stay";
}

TEST(AttachmentSanitiser, TypeComesFromContentNotName) {
  auto text = sanitise_attachment("photo.jpg", "这其实是一段文字", "attachments[0]");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->type, AttachmentType::kText);
  auto jpeg = sanitise_attachment("notes.txt", jpeg_with_metadata(), "attachments[0]");
  ASSERT_TRUE(jpeg.ok());
  EXPECT_EQ(jpeg->type, AttachmentType::kJpeg);
  auto exe = sanitise_attachment("report.docx", std::string("MZ\x90\0\x03\0\0\0", 8), "attachments[1]");
  ASSERT_FALSE(exe.ok());
  EXPECT_EQ(exe.error().code, "report.attachment_type");
  EXPECT_EQ(exe.error().field, "attachments[1]");
  // A zip that is not an Office document is refused too.
  auto zip = sanitise_attachment("a.docx", *write_zip({{"readme.txt", "hello"}}), "attachments[0]");
  ASSERT_FALSE(zip.ok());
  EXPECT_EQ(zip.error().code, "report.attachment_type");
}

TEST(AttachmentSanitiser, PdfIsRefusedWithAClearReason) {
  auto out = sanitise_attachment("证据.pdf", "%PDF-1.7\n1 0 obj << /Author (X) >> endobj\n", "attachments[0]");
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code, "report.attachment_pdf");
  EXPECT_NE(out.error().message_zh.find("JPEG"), std::string::npos);
  EXPECT_NE(out.error().message_en.find("PDF"), std::string::npos);
}

}  // namespace
}  // namespace qf::reports

// Attachment types by content and metadata removal (threat model M9).
#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <map>
#include <vector>

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


constexpr const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

// A DOCX as Word writes it after review: tracked insertions, deletions and formatting
// changes (in the body and a header), a comment, people.xml with presence info,
// revision save ids, an attached template on the author's disk, comment dates in
// commentsExtensible and a customXml bibliography item.
std::string docx_with_review_traces() {
  const std::string decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
  std::vector<ZipEntry> e = {
      {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"word/document.xml",
       decl + "<w:document " + kW + "><w:body>"
       "<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00D4E5F6\" w:rsidP=\"00C7C8C9\"><w:r w:rsidRPr=\"00E1E2E3\"><w:t xml:space=\"preserve\">保留的正文 </w:t></w:r>"
       "<w:ins w:id=\"1\" w:author=\"InsAuthorMarkerLi\" w:date=\"2026-03-04T05:06:00Z\"><w:r><w:t>插入文字</w:t></w:r></w:ins>"
       "<w:del w:id=\"2\" w:author=\"DelAuthorMarkerQian\" w:date=\"2026-03-04T05:07:00Z\"><w:r><w:delText>删除文字</w:delText></w:r></w:del>"
       "<w:commentRangeStart w:id=\"0\"/><w:r><w:rPr><w:b/><w:rPrChange w:id=\"3\" w:author=\"FormatAuthorMarkerZhao\" "
       "w:date=\"2026-03-04T05:08:00Z\"><w:rPr/></w:rPrChange></w:rPr><w:t>BodyTextKeep</w:t></w:r>"
       "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
       "<w:p><w:pPr><w:pPrChange w:id=\"4\" w:author=\"ParaAuthorMarker\" w:date=\"2026-03-04T05:09:00Z\"><w:pPr/></w:pPrChange></w:pPr>"
       "<w:moveTo w:id=\"5\" w:author=\"MoveAuthorMarker\" w:date=\"2026-03-04T05:10:00Z\"><w:r><w:t>移动文字</w:t></w:r></w:moveTo></w:p>"
       "<w:sectPr w:rsidR=\"00A1B2C3\"><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"},
      {"word/header1.xml",
       decl + "<w:hdr " + kW + "><w:p><w:ins w:id=\"6\" w:author=\"HeaderAuthorMarker\" w:date=\"2026-03-04T05:11:00Z\">"
       "<w:r><w:t>页眉文字</w:t></w:r></w:ins></w:p></w:hdr>"},
      {"word/comments.xml",
       decl + "<w:comments " + kW + "><w:comment w:id=\"0\" w:author=\"CommentAuthorMarkerSun\" "
       "w:date=\"2026-03-04T05:12:00Z\" w:initials=\"CAMSX\"><w:p><w:r><w:t>CommentTextKeep</w:t></w:r></w:p></w:comment></w:comments>"},
      {"word/people.xml",
       decl + "<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
       "<w15:person w15:author=\"CommentAuthorMarkerSun\"><w15:presenceInfo w15:providerId=\"AD\" "
       "w15:userId=\"S-1-5-21-PresenceUserMarker\"/></w15:person></w15:people>"},
      {"word/commentsExtensible.xml",
       decl + "<w16cex:commentsExtensible xmlns:w16cex=\"http://schemas.microsoft.com/office/word/2018/wordml/cex\">"
       "<w16cex:commentExtensible w16cex:durableId=\"1A2B3C4D\" w16cex:dateUtc=\"2026-03-04T05:13:00Z\"/></w16cex:commentsExtensible>"},
      {"word/settings.xml",
       decl + "<w:settings " + kW + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
       "<w:zoom w:percent=\"100\"/><w:attachedTemplate r:id=\"rId1\"/><w:rsids><w:rsidRoot w:val=\"00D4E5F6\"/>"
       "<w:rsid w:val=\"00A1B2C3\"/></w:rsids></w:settings>"},
      {"word/_rels/settings.xml.rels",
       decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" "
       "Target=\"file:///C:\\Users\\TemplateUserMarker\\Normal.dotm\" TargetMode=\"External\"/></Relationships>"},
      {"customXml/item1.xml",
       "<b:Sources xmlns:b=\"http://schemas.openxmlformats.org/officeDocument/2006/bibliography\"><b:Source>"
       "<b:Author>CustomXmlAuthorMarker</b:Author></b:Source></b:Sources>"},
      {"word/styles.xml", decl + "<w:styles " + kW + "><w:style w:styleId=\"Normal\"/></w:styles>\r\n"},
  };
  return *write_zip(e);
}

const std::vector<std::string> kReviewMarkers = {
    "InsAuthorMarkerLi", "DelAuthorMarkerQian", "FormatAuthorMarkerZhao", "ParaAuthorMarker", "MoveAuthorMarker",
    "HeaderAuthorMarker", "CommentAuthorMarkerSun", "CAMSX", "PresenceUserMarker", "2026-03-04", "00A1B2C3",
    "00D4E5F6", "00C7C8C9", "00E1E2E3", "TemplateUserMarker", "CustomXmlAuthorMarker"};

// The text a reader sees (w:t and w:delText, in order) of a WordprocessingML part.
std::string word_text(const std::string& xml) {
  pugi::xml_document doc;
  doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  std::string out;
  struct Walker : pugi::xml_tree_walker {
    std::string* out;
    bool for_each(pugi::xml_node& n) override {
      std::string_view name = n.name();
      if (name == "w:t" || name == "w:delText") *out += std::string(n.text().get()) + "|";
      return true;
    }
  } walker;
  walker.out = &out;
  doc.traverse(walker);
  return out;
}

std::map<std::string, std::string> parts_of(const std::string& zip) {
  std::map<std::string, std::string> out;
  auto entries = read_zip(zip, 1 << 20);
  if (entries)
    for (auto& e : *entries) out[e.name] = e.content;
  return out;
}

TEST(AttachmentSanitiser, DocxLosesReviewerNamesDatesRsidsPeopleAndTemplatePathButKeepsText) {
  std::string in = docx_with_review_traces();
  auto before = parts_of(in);
  auto out = sanitise_attachment("修订稿.docx", in, "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_EQ(out->type, AttachmentType::kDocx);
  auto after = parts_of(out->bytes);
  // Every part is kept except customXml/item1.xml (not on the allow-list: dropped).
  ASSERT_EQ(after.size(), before.size() - 1);
  EXPECT_FALSE(after.count("customXml/item1.xml"));
  std::string all;
  for (auto& [name, content] : after) all += name + "\n" + content + "\n";
  for (const auto& m : kReviewMarkers) EXPECT_EQ(all.find(m), std::string::npos) << "still present: " << m;

  // The text is unchanged, tracked insertions and deletions included.
  EXPECT_EQ(word_text(after["word/document.xml"]), word_text(before["word/document.xml"]));
  EXPECT_EQ(word_text(after["word/document.xml"]), "保留的正文 |插入文字|删除文字|BodyTextKeep|移动文字|");
  EXPECT_EQ(word_text(after["word/header1.xml"]), "页眉文字|");
  EXPECT_EQ(word_text(after["word/comments.xml"]), "CommentTextKeep|");
  // Revisions and the comment are still there, with an empty author Word accepts.
  EXPECT_NE(after["word/document.xml"].find("<w:ins w:id=\"1\" w:author=\"\""), std::string::npos);
  EXPECT_NE(after["word/comments.xml"].find("<w:comment w:id=\"0\" w:author=\"\""), std::string::npos);
  EXPECT_NE(after["word/document.xml"].find("standalone=\"yes\""), std::string::npos) << "declaration kept";
  EXPECT_NE(after["word/settings.xml"].find("<w:zoom w:percent=\"100\"/>"), std::string::npos);
  EXPECT_EQ(after["word/settings.xml"].find("attachedTemplate"), std::string::npos);
  EXPECT_NE(after["word/commentsExtensible.xml"].find("1A2B3C4D"), std::string::npos) << "ids are kept";
  EXPECT_EQ(after["word/styles.xml"], before["word/styles.xml"]) << "untouched parts byte for byte";
}

TEST(AttachmentSanitiser, XlsxLosesCommentAuthorsPersonsThreadDatesAndWorkbookPath) {
  std::vector<ZipEntry> e = {
      {"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"xl/workbook.xml",
       "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
       "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
       "xmlns:x15ac=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac\">"
       "<mc:AlternateContent><mc:Choice Requires=\"x15\"><x15ac:absPath url=\"C:\\Users\\PathUserMarker\\Desktop\\\"/>"
       "</mc:Choice></mc:AlternateContent><sheets><sheet name=\"Sheet1\" sheetId=\"1\"/></sheets></workbook>"},
      {"xl/comments1.xml",
       "<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors>"
       "<author>XlsAuthorMarkerOne</author><author>tc={XlsThreadMarker}</author></authors><commentList>"
       "<comment ref=\"A1\" authorId=\"0\"><text><r><t>CellNoteKeep</t></r></text></comment></commentList></comments>"},
      {"xl/threadedComments/threadedComment1.xml",
       "<ThreadedComments xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\">"
       "<threadedComment ref=\"A1\" dT=\"2026-05-06T07:08:09.00\" personId=\"{P1}\" id=\"{C1}\"><text>ThreadTextKeep</text>"
       "</threadedComment></ThreadedComments>"},
      {"xl/persons/person.xml",
       "<personList xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\">"
       "<person displayName=\"PersonNameMarker\" id=\"{P1}\" userId=\"PersonUserIdMarker@corp\" providerId=\"AD\"/></personList>"},
  };
  auto out = sanitise_attachment("台账.xlsx", *write_zip(e), "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_EQ(out->type, AttachmentType::kXlsx);
  auto after = parts_of(out->bytes);
  std::string all;
  for (auto& [name, content] : after) all += content;
  for (const char* m : {"XlsAuthorMarkerOne", "XlsThreadMarker", "2026-05-06", "PersonNameMarker", "PersonUserIdMarker",
                        "PathUserMarker", "absPath"})
    EXPECT_EQ(all.find(m), std::string::npos) << "still present: " << m;
  for (const char* kept : {"CellNoteKeep", "ThreadTextKeep", "personId=\"{P1}\"", "id=\"{P1}\"", "Sheet1"})
    EXPECT_NE(all.find(kept), std::string::npos) << kept;
  // The comments still refer to author 0 and 1: both author entries stay, empty.
  EXPECT_NE(after["xl/comments1.xml"].find("<authors><author/><author/></authors>"), std::string::npos)
      << after["xl/comments1.xml"];
}

}  // namespace
}  // namespace qf::reports

namespace qf::reports {
namespace {

TEST(AttachmentName, OnlyTheLastComponentWithoutInvisibleOrReservedCharactersAndTheRightExtension) {
  EXPECT_EQ(safe_attachment_name("C:\\Users\\ZhangSan\\Desktop\\现场照片.jpg", AttachmentType::kJpeg), "现场照片.jpg");
  EXPECT_EQ(safe_attachment_name("/home/lisi/证据/收据.JPEG", AttachmentType::kJpeg), "收据.JPEG");
  EXPECT_EQ(safe_attachment_name("../../etc/passwd", AttachmentType::kText), "passwd.txt");
  EXPECT_EQ(safe_attachment_name("报告\u202Egpj.exe", AttachmentType::kJpeg), "报告gpj.exe.jpg")
      << "right-to-left override removed, the real type shown";
  EXPECT_EQ(safe_attachment_name("a<b>:c?\"d|e*.PDF", AttachmentType::kPdf), "a_b__c__d_e_.PDF");
  EXPECT_EQ(safe_attachment_name("  ..隐藏.docx. ", AttachmentType::kDocx), "隐藏.docx");
  EXPECT_EQ(safe_attachment_name("CON.txt", AttachmentType::kText), "_CON.txt");
  EXPECT_EQ(safe_attachment_name("说明.html", AttachmentType::kText), "说明.html.txt");
  EXPECT_EQ(safe_attachment_name("台账.xlsx", AttachmentType::kDocx), "台账.xlsx.docx");
  EXPECT_EQ(safe_attachment_name("", AttachmentType::kPng), "附件.png");
  EXPECT_EQ(safe_attachment_name("C:\\", AttachmentType::kPng), "附件.png");
  EXPECT_EQ(safe_attachment_name("tab\there\r\n.png", AttachmentType::kPng), "tabhere.png");
  EXPECT_EQ(safe_attachment_name("零\u200B宽.pdf", AttachmentType::kPdf), "零宽.pdf");
  std::string long_name;
  for (int i = 0; i < 300; ++i) long_name += "长";
  std::string cut = safe_attachment_name(long_name + ".pdf", AttachmentType::kPdf);
  EXPECT_EQ(cut, std::string(long_name, 0, 200 * 3) + ".pdf");
  // sanitise_attachment gives the name to store.
  auto out = sanitise_attachment("D:\\工作\\个人\\李四\\备忘.html", "纯文本内容", "attachments[0]");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->name, "备忘.html.txt");
}

}  // namespace
}  // namespace qf::reports

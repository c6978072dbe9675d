// Metadata inside attachments (issue 14, High): JPEG segments beyond what a decoder
// needs, PNG ancillary chunks beyond a small allow-list, images inside DOCX/XLSX,
// thumbnails, embeddings, macros and custom XML inside Office packages, and JPEG image
// streams inside PDFs. Every sanitised file is read back — unzipped and parsed, its
// images decoded with libjpeg/libpng — to prove the metadata is gone and the content
// intact.
#include <gtest/gtest.h>
#include <pugixml.hpp>
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/reports/attachment_sanitiser.h"
#include "domain/reports/zip_in_memory.h"
#include "image_codec.h"
#include "pdf_samples.h"

namespace qf::reports {
namespace {

using testing::decode_jpeg;
using testing::decode_png;
using testing::encode_jpeg;
using testing::jpeg_markers;
using testing::png_chunk_types;
using testing::png_with_metadata;
using testing::with_camera_metadata;

std::vector<std::string> camera_markers(const std::string& tag) {
  return {"GPS" + tag, "Xmp" + tag, "Icc" + tag, "Iptc" + tag, "App14" + tag, "Comment" + tag, "JfxxThumb" + tag,
          "TH" + tag.substr(0, 4), "Trailer" + tag, "Exif", "ICC_PROFILE", "Photoshop", "JFXX"};
}

// ---------------------------------------------------------------- JPEG, PNG, GIF

TEST(EmbeddedMetadata, JpegKeepsOnlyDecodingSegmentsAndDecodesToTheSamePixels) {
  std::string plain = encode_jpeg(40, 24);
  std::string in = with_camera_metadata(plain, "MarkJ1");
  auto original = decode_jpeg(in);
  ASSERT_TRUE(original) << "the fixture itself decodes";
  auto out = sanitise_attachment("现场照片.jpg", in, "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  for (const auto& m : camera_markers("MarkJ1")) EXPECT_EQ(out->bytes.find(m), std::string::npos) << m;
  std::set<int> allowed = {0xE0, 0xEE, 0xDB, 0xC4, 0xC0, 0xC1, 0xC2, 0xDD, 0xDA, 0xD9};
  auto markers = jpeg_markers(out->bytes);
  for (int m : markers) EXPECT_TRUE(allowed.count(m)) << "segment kept: " << std::hex << m;
  for (int needed : {0xDB, 0xC4, 0xC0, 0xDD, 0xDA, 0xD9})
    EXPECT_NE(std::find(markers.begin(), markers.end(), needed), markers.end()) << std::hex << needed;
  // APP0 and APP14 are the bare headers: 16 and 14 bytes with the length.
  size_t app0 = out->bytes.find(std::string("\xFF\xE0\x00\x10JFIF\0", 9));
  EXPECT_EQ(app0, 2u) << "bare JFIF header right after SOI";
  EXPECT_NE(out->bytes.find(std::string("\xFF\xEE\x00\x0E" "Adobe\0\x64\0\0\0\0\x01", 16)), std::string::npos)
      << "Adobe header with only the transform byte";
  auto cleaned = decode_jpeg(out->bytes);
  ASSERT_TRUE(cleaned) << "the sanitised JPEG decodes without warnings";
  EXPECT_TRUE(*cleaned == *original) << "same pixels";
  EXPECT_EQ(cleaned->width, 40);
  EXPECT_EQ(cleaned->height, 24);
}

TEST(EmbeddedMetadata, JpegWithHierarchicalMarkerIsRefusedNamingTheFile) {
  std::string j = encode_jpeg(8, 8);
  j.insert(2, testing::jpeg_segment(0xDE, "hierarchical"));  // DHP
  auto out = sanitise_attachment("dhp.jpg", j, "attachments[3]");
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().field, "attachments[3]");
  EXPECT_NE(out.error().message_zh.find("dhp.jpg"), std::string::npos);
  EXPECT_NE(out.error().message_en.find("dhp.jpg"), std::string::npos);
}

TEST(EmbeddedMetadata, PngKeepsOnlyCriticalAndRenderingChunksByteForByte) {
  std::string in = png_with_metadata(17, 9, "MarkP1");
  auto out = sanitise_attachment("scan.png", in, "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_EQ(out->bytes, png_with_metadata(17, 9, "")) << "exactly the image chunks, gAMA and pHYs";
  std::vector<std::string> want = {"IHDR", "gAMA", "pHYs", "IDAT", "IDAT", "IEND"};
  EXPECT_EQ(png_chunk_types(out->bytes), want);
  for (const char* m : {"MarkP1", "tEXt", "zTXt", "iTXt", "eXIf", "tIME", "iCCP", "prVt"})
    EXPECT_EQ(out->bytes.find(m), std::string::npos) << m;
  auto b = decode_png(out->bytes);
  ASSERT_TRUE(b) << "libpng reads the result (CRCs intact)";
  EXPECT_EQ(b->width, 17);
  EXPECT_EQ(b->height, 9);
  // The first pixel of row 1 of the generator: (0, 255*1/9, (0+1)%3*100).
  EXPECT_EQ(b->data[17 * 3 + 1], static_cast<unsigned char>(255 / 9));
  EXPECT_EQ(b->data[17 * 3 + 2], 100);
}

TEST(EmbeddedMetadata, PngWithUnknownCriticalChunkIsRefused) {
  std::string in = png_with_metadata(4, 4, "");
  size_t iend = in.rfind("IEND") - 4;
  in.insert(iend, testing::png_chunk("QQQQ", "critical"));
  auto out = sanitise_attachment("odd.png", in, "attachments[0]");
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.error().message_zh.find("odd.png"), std::string::npos);
}

// ---------------------------------------------------------------- OOXML

const char* kRelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string rels(const std::vector<std::array<std::string, 3>>& items) {
  std::string s = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"") +
                  kRelsNs + "\">";
  for (const auto& [id, type, target] : items)
    s += "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
  return s + "</Relationships>";
}

std::string gif_with_comment(const std::string& tag) {
  std::string g("GIF89a\x01\0\x01\0\x80\0\0", 13);
  g += std::string("\0\0\0\xFF\xFF\xFF", 6);                                  // global colour table
  g += std::string("\x21\xFE", 2) + static_cast<char>(7 + tag.size()) + "Comment" + tag + '\0';
  g += std::string("\x21\xFF\x0B", 3) + "XMP DataXMP" + static_cast<char>(3 + tag.size()) + "Xmp" + tag + '\0';
  g += std::string("\x21\xF9\x04\x01\0\0\0\0", 8);                           // graphic control
  g += std::string("\x2C\0\0\0\0\x01\0\x01\0\0\x02\x02\x44\x01\0", 15);     // one pixel
  g += ";";
  return g;
}

struct Package {
  std::vector<ZipEntry> entries;
  void add(std::string name, std::string content) { entries.push_back({std::move(name), std::move(content)}); }
  std::string zip() const { return *write_zip(entries); }
};

// A macro-enabled Word document with everything that should not leave the reporter's
// computer: a thumbnail with GPS, a photo with EXIF in word/media, a PNG with text
// chunks, a GIF with a comment, an embedded OLE object (with its preview picture), an
// ActiveX control, VBA macros, custom XML, a glossary, printer settings and an
// embedded font.
Package docx_with_embedded_traces() {
  Package p;
  const std::string tag = "MarkD1";
  p.add("[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
        "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"gif\" ContentType=\"image/gif\"/>"
        "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
        "<Override PartName=\"/word/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
        "<Override PartName=\"/word/vbaData.xml\" ContentType=\"application/vnd.ms-word.vbaData+xml\"/>"
        "<Override PartName=\"/word/activeX/activeX1.xml\" ContentType=\"application/vnd.ms-office.activeX+xml\"/>"
        "<Override PartName=\"/word/glossary/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml\"/>"
        "<Override PartName=\"/customXml/itemProps1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.customXmlProperties+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "</Types>");
  p.add("_rels/.rels", rels({{"rId1", kRel + "officeDocument", "word/document.xml"},
                             {"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"},
                             {"rId3", kRel + "extended-properties", "docProps/app.xml"},
                             {"rId4", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", "docProps/thumbnail.jpeg"}}));
  p.add("docProps/thumbnail.jpeg", with_camera_metadata(encode_jpeg(16, 16), "ThumbD1"));
  p.add("docProps/core.xml",
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Creator" + tag + "</dc:creator></cp:coreProperties>");
  p.add("docProps/app.xml",
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        "<Application>Microsoft Office Word</Application><Company>Company" + tag + "</Company></Properties>");
  p.add("word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\"><w:body>"
        "<w:p><w:r><w:t>正文BodyKeep</w:t></w:r></w:p>"
        "<w:p><w:r><w:drawing><a:graphic><a:graphicData><a:blip r:embed=\"rId2\"/></a:graphicData></a:graphic></w:drawing></w:r></w:p>"
        "<w:p><w:r><w:drawing><a:graphic><a:graphicData><a:blip r:embed=\"rId9\"/></a:graphicData></a:graphic></w:drawing></w:r></w:p>"
        "<w:p><w:r><w:drawing><a:graphic><a:graphicData><a:blip r:embed=\"rId10\"/></a:graphicData></a:graphic></w:drawing></w:r></w:p>"
        "<w:p><w:r><w:object><v:shape id=\"_x0000_i1025\"><v:imagedata r:id=\"rId4\" o:title=\"\"/></v:shape>"
        "<o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\" ShapeID=\"_x0000_i1025\" r:id=\"rId3\"/></w:object></w:r></w:p>"
        "<w:p><w:r><w:object><v:shape id=\"_x0000_i1026\"><v:imagedata r:id=\"rId4\"/></v:shape>"
        "<w:control r:id=\"rId11\" w:name=\"CheckBox1\" w:shapeid=\"_x0000_i1026\"/></w:object></w:r></w:p>"
        "<w:altChunk r:id=\"rId12\"/>"
        "<w:sectPr><w:printerSettings r:id=\"rId13\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
  p.add("word/_rels/document.xml.rels",
        rels({{"rId1", kRel + "styles", "styles.xml"},
              {"rId2", kRel + "image", "media/image1.jpeg"},
              {"rId3", kRel + "package", "embeddings/Microsoft_Excel_Worksheet.xlsx"},
              {"rId4", kRel + "image", "media/image2.png"},
              {"rId5", kRel + "customXml", "../customXml/item1.xml"},
              {"rId6", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"},
              {"rId7", kRel + "glossaryDocument", "glossary/document.xml"},
              {"rId8", kRel + "fontTable", "fontTable.xml"},
              {"rId9", kRel + "image", "/word/media/image3.gif"},
              {"rId10", kRel + "image", "media/../media/image1.jpeg"},
              {"rId11", kRel + "control", "activeX/activeX1.xml"},
              {"rId12", kRel + "aFChunk", "afchunk.mht"},
              {"rId13", kRel + "printerSettings", "printerSettings/printerSettings1.bin"}}));
  p.add("word/styles.xml",
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:styleId=\"Normal\"/></w:styles>");
  p.add("word/fontTable.xml",
        "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:font w:name=\"FontKeep\">"
        "<w:embedRegular r:id=\"rId1\" w:fontKey=\"{00000000-0000-0000-0000-000000000000}\"/></w:font></w:fonts>");
  p.add("word/_rels/fontTable.xml.rels", rels({{"rId1", kRel + "font", "fonts/font1.odttf"}}));
  p.add("word/fonts/font1.odttf", "EmbeddedFont" + tag);
  p.add("word/media/image1.jpeg", with_camera_metadata(encode_jpeg(32, 16), "PhotoD1"));
  p.add("word/media/image2.png", png_with_metadata(6, 5, "PreviewD1"));
  p.add("word/media/image3.gif", gif_with_comment("GifD1"));
  p.add("word/embeddings/Microsoft_Excel_Worksheet.xlsx", "PK-EmbeddedWorkbook" + tag);
  p.add("word/activeX/activeX1.xml", "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\" ax:persistence=\"persistStorage\" r:id=\"rId1\" xmlns:r=\"x\"/>");
  p.add("word/activeX/_rels/activeX1.xml.rels", rels({{"rId1", kRel + "activeXControlBinary", "activeX1.bin"}}));
  p.add("word/activeX/activeX1.bin", "ActiveX" + tag);
  p.add("word/afchunk.mht", "AltChunk" + tag);
  p.add("word/printerSettings/printerSettings1.bin", "\\\\PRINTSRV\\Printer" + tag);
  p.add("word/vbaProject.bin", "VbaMacro" + tag);
  p.add("word/_rels/vbaProject.bin.rels", rels({{"rId1", "http://schemas.microsoft.com/office/2006/relationships/wordVbaData", "vbaData.xml"}}));
  p.add("word/vbaData.xml", "<wne:vbaSuppData xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\">VbaData" + tag + "</wne:vbaSuppData>");
  p.add("word/glossary/document.xml", "<w:glossaryDocument xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">Glossary" + tag + "</w:glossaryDocument>");
  p.add("customXml/item1.xml", "<b:Sources xmlns:b=\"b\">CustomXml" + tag + "</b:Sources>");
  p.add("customXml/itemProps1.xml", "<ds:datastoreItem xmlns:ds=\"ds\" ds:itemID=\"{1}\">ItemProps" + tag + "</ds:datastoreItem>");
  p.add("customXml/_rels/item1.xml.rels", rels({{"rId1", kRel + "customXmlProps", "itemProps1.xml"}}));
  return p;
}

std::map<std::string, std::string> unzip(const std::string& bytes) {
  std::map<std::string, std::string> out;
  auto entries = read_zip(bytes, 64 << 20);
  EXPECT_TRUE(entries.has_value()) << "the result is a readable zip";
  if (entries)
    for (auto& e : *entries) out[e.name] = e.content;
  return out;
}

std::string resolve_target(const std::string& source, const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string base = source.substr(0, source.rfind('/') + 1);
  std::vector<std::string> parts;
  std::string seg, path = base + target;
  for (size_t i = 0; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/') {
      if (seg == "..") parts.pop_back();
      else if (!seg.empty() && seg != ".") parts.push_back(seg);
      seg.clear();
    } else {
      seg += path[i];
    }
  }
  std::string out;
  for (auto& s : parts) out += (out.empty() ? "" : "/") + s;
  return out;
}

// What Word and WPS check when opening: every XML part parses, every relationship
// points to a part that exists, every override names a part that exists, and every
// r:* attribute in a part names one of that part's relationships.
void expect_consistent_package(const std::map<std::string, std::string>& parts) {
  std::map<std::string, std::set<std::string>> ids;  // source part -> relationship ids
  for (const auto& [name, content] : parts) {
    bool xml = name.ends_with(".xml") || name.ends_with(".rels") || name.ends_with(".vml");
    if (!xml) continue;
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_buffer(content.data(), content.size())) << name << " parses";
    if (!name.ends_with(".rels")) continue;
    size_t pos = name.rfind("_rels/");
    std::string source = name.substr(0, pos) + name.substr(pos + 6, name.size() - pos - 6 - 5);
    for (auto rel : doc.document_element().children("Relationship")) {
      ids[source].insert(rel.attribute("Id").value());
      if (std::string(rel.attribute("TargetMode").value()) == "External") continue;
      std::string target = resolve_target(source, rel.attribute("Target").value());
      EXPECT_TRUE(parts.count(target)) << name << " points to missing " << target;
    }
  }
  pugi::xml_document types;
  const auto& ct = parts.at("[Content_Types].xml");
  ASSERT_TRUE(types.load_buffer(ct.data(), ct.size()));
  for (auto o : types.document_element().children("Override"))
    EXPECT_TRUE(parts.count(std::string(o.attribute("PartName").value()).substr(1))) << o.attribute("PartName").value();
  for (const auto& [name, content] : parts) {
    if (!name.ends_with(".xml") || name.find("_rels/") != std::string::npos) continue;
    pugi::xml_document doc;
    doc.load_buffer(content.data(), content.size());
    for (auto x : doc.select_nodes("//@*[starts-with(name(), 'r:')]"))
      EXPECT_TRUE(ids[name].count(x.attribute().value()))
          << name << ": " << x.attribute().name() << "=" << x.attribute().value() << " has no relationship";
  }
}

TEST(EmbeddedMetadata, DocxKeepsAllowListedPartsWithCleanImagesAndStaysConsistent) {
  Package pkg = docx_with_embedded_traces();
  std::string in = pkg.zip();
  auto out = sanitise_attachment("情况说明.docx", in, "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_EQ(out->type, AttachmentType::kDocx);
  auto parts = unzip(out->bytes);
  std::set<std::string> names;
  for (auto& [n, c] : parts) names.insert(n);
  std::set<std::string> want = {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                                "word/fontTable.xml", "word/_rels/fontTable.xml.rels", "word/media/image1.jpeg",
                                "word/media/image2.png", "word/media/image3.gif"};
  EXPECT_EQ(names, want);

  std::string all;
  for (auto& [n, c] : parts) all += n + "\n" + c + "\n";
  for (const std::string tag : {"MarkD1", "ThumbD1", "PhotoD1", "PreviewD1", "GifD1"})
    EXPECT_EQ(all.find(tag), std::string::npos) << "still present: " << tag;
  for (const char* m : {"Exif", "ICC_PROFILE", "XMP DataXMP", "macroEnabled", "vbaProject", "thumbnail", "customXml",
                        "OLEObject", "w:control", "altChunk", "printerSettings", "embedRegular"})
    EXPECT_EQ(all.find(m), std::string::npos) << "still present: " << m;
  expect_consistent_package(parts);

  // Content kept: text, the preview picture of the OLE object, the pictures, fonts by name.
  const auto& doc = parts["word/document.xml"];
  EXPECT_NE(doc.find("正文BodyKeep"), std::string::npos);
  EXPECT_NE(doc.find("<v:imagedata r:id=\"rId4\""), std::string::npos);
  EXPECT_NE(doc.find("<a:blip r:embed=\"rId2\"/>"), std::string::npos);
  EXPECT_NE(doc.find("<a:blip r:embed=\"rId10\"/>"), std::string::npos) << "a target written with .. still resolves";
  EXPECT_NE(doc.find("<w:pgSz"), std::string::npos);
  EXPECT_NE(parts["word/fontTable.xml"].find("FontKeep"), std::string::npos);
  EXPECT_NE(parts["[Content_Types].xml"].find("wordprocessingml.document.main+xml"), std::string::npos);
  EXPECT_NE(parts["docProps/app.xml"].find("Microsoft Office Word"), std::string::npos);

  // The pictures decode to the same pixels as before.
  std::map<std::string, std::string> before;
  for (auto& e : pkg.entries) before[e.name] = e.content;
  auto j0 = decode_jpeg(before["word/media/image1.jpeg"]), j1 = decode_jpeg(parts["word/media/image1.jpeg"]);
  ASSERT_TRUE(j0 && j1);
  EXPECT_TRUE(*j0 == *j1);
  EXPECT_EQ(parts["word/media/image2.png"], png_with_metadata(6, 5, ""));
  auto p1 = decode_png(parts["word/media/image2.png"]);
  ASSERT_TRUE(p1);
  EXPECT_EQ(p1->width, 6);
  const auto& gif = parts["word/media/image3.gif"];
  EXPECT_EQ(gif.substr(0, 19), before["word/media/image3.gif"].substr(0, 19)) << "header and colour table";
  EXPECT_NE(gif.find(std::string("\x2C\0\0\0\0\x01\0\x01\0\0\x02\x02\x44\x01\0", 15)), std::string::npos);
  EXPECT_NE(gif.find(std::string("\x21\xF9\x04", 3)), std::string::npos);
  EXPECT_EQ(gif.back(), ';');
}

TEST(EmbeddedMetadata, XlsxDropsEmbeddingsPrinterSettingsThumbnailAndCleansMedia) {
  Package p;
  const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
  p.add("[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        "<Override PartName=\"/xl/drawings/drawing1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>"
        "</Types>");
  p.add("_rels/.rels", rels({{"rId1", kRel + "officeDocument", "xl/workbook.xml"},
                             {"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", "docProps/thumbnail.jpeg"}}));
  p.add("docProps/thumbnail.jpeg", with_camera_metadata(encode_jpeg(8, 8), "ThumbX1"));
  p.add("xl/workbook.xml", "<workbook " + ns + "><fileSharing readOnlyRecommended=\"1\" userName=\"ShareUserX1\"/><sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
  p.add("xl/_rels/workbook.xml.rels", rels({{"rId1", kRel + "worksheet", "worksheets/sheet1.xml"}}));
  p.add("xl/worksheets/sheet1.xml",
        "<worksheet " + ns + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>CellKeep</t></is></c></row></sheetData>"
        "<pageSetup paperSize=\"9\" orientation=\"landscape\" r:id=\"rId1\"/><drawing r:id=\"rId4\"/>"
        "<oleObjects><mc:AlternateContent><mc:Choice Requires=\"x14\"><oleObject progId=\"Package\" shapeId=\"1025\" r:id=\"rId2\">"
        "<objectPr defaultSize=\"0\" r:id=\"rId3\"/></oleObject></mc:Choice><mc:Fallback><oleObject progId=\"Package\" "
        "shapeId=\"1025\" r:id=\"rId2\"/></mc:Fallback></mc:AlternateContent></oleObjects></worksheet>");
  p.add("xl/worksheets/_rels/sheet1.xml.rels",
        rels({{"rId1", kRel + "printerSettings", "../printerSettings/printerSettings1.bin"},
              {"rId2", kRel + "oleObject", "../embeddings/oleObject1.bin"},
              {"rId3", kRel + "image", "../media/image1.jpeg"},
              {"rId4", kRel + "drawing", "../drawings/drawing1.xml"}}));
  p.add("xl/drawings/drawing1.xml",
        "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><a:blip r:embed=\"rId1\"/></xdr:wsDr>");
  p.add("xl/drawings/_rels/drawing1.xml.rels", rels({{"rId1", kRel + "image", "../media/image1.jpeg"}}));
  p.add("xl/media/image1.jpeg", with_camera_metadata(encode_jpeg(24, 8), "PhotoX1"));
  p.add("xl/printerSettings/printerSettings1.bin", "PrinterMarkX1");
  p.add("xl/embeddings/oleObject1.bin", "OleMarkX1");
  auto out = sanitise_attachment("台账.xlsx", p.zip(), "attachments[1]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_EQ(out->type, AttachmentType::kXlsx);
  auto parts = unzip(out->bytes);
  std::string all;
  for (auto& [n, c] : parts) all += n + "\n" + c + "\n";
  EXPECT_NE(parts["xl/workbook.xml"].find("<fileSharing readOnlyRecommended=\"1\"/>"), std::string::npos);
  for (const char* m : {"ShareUserX1", "ThumbX1", "PhotoX1", "PrinterMarkX1", "OleMarkX1", "oleObject", "AlternateContent",
                        "printerSettings", "thumbnail", "Exif"})
    EXPECT_EQ(all.find(m), std::string::npos) << "still present: " << m;
  expect_consistent_package(parts);
  const auto& sheet = parts["xl/worksheets/sheet1.xml"];
  EXPECT_NE(sheet.find("CellKeep"), std::string::npos);
  EXPECT_NE(sheet.find("<pageSetup paperSize=\"9\" orientation=\"landscape\"/>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<drawing r:id=\"rId4\"/>"), std::string::npos);
  std::string photo;
  for (auto& e : p.entries)
    if (e.name == "xl/media/image1.jpeg") photo = e.content;
  auto a = decode_jpeg(photo), b = decode_jpeg(parts["xl/media/image1.jpeg"]);
  ASSERT_TRUE(a && b);
  EXPECT_TRUE(*a == *b);
}

TEST(EmbeddedMetadata, OfficePictureThatCannotBeCleanedRefusesTheFileNamingThePart) {
  Package p = docx_with_embedded_traces();
  for (auto& e : p.entries)
    if (e.name == "word/media/image2.png") e.content = "II*\0TIFF with EXIF";
  auto out = sanitise_attachment("带图.docx", p.zip(), "attachments[2]");
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().field, "attachments[2]");
  EXPECT_NE(out.error().message_zh.find("word/media/image2.png"), std::string::npos);
  EXPECT_NE(out.error().message_en.find("带图.docx"), std::string::npos);
}

TEST(EmbeddedMetadata, OfficeSvgLosesEditorMetadataAndLocalLinkTargetsLoseTheirFolders) {
  Package p = docx_with_embedded_traces();
  for (auto& e : p.entries) {
    if (e.name != "word/_rels/document.xml.rels") continue;
    size_t end = e.content.find("</Relationships>");
    e.content.insert(end,
                     "<Relationship Id=\"rId20\" Type=\"" + kRel + "image\" Target=\"media/image4.svg\"/>"
                     "<Relationship Id=\"rId21\" Type=\"" + kRel + "hyperlink\" TargetMode=\"External\" "
                     "Target=\"file:///C:\\Users\\PathUserMarkerZhang\\Desktop\\证据.xlsx\"/>"
                     "<Relationship Id=\"rId22\" Type=\"" + kRel + "hyperlink\" TargetMode=\"External\" "
                     "Target=\"https://example.org/users/WebLinkKeep\"/>"
                     "<Relationship Id=\"rId23\" Type=\"" + kRel + "image\" TargetMode=\"External\" "
                     "Target=\"\\\\FILESRV\\home\\ShareUserMarker\\photo.jpg\"/>");
  }
  p.add("word/media/image4.svg",
        "<?xml version=\"1.0\"?><!-- Created with Inkscape by SvgCommentMarker -->"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" "
        "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" width=\"10\" height=\"10\" sodipodi:docname=\"SvgDocnameMarker.svg\" "
        "inkscape:export-filename=\"/home/SvgExportUserMarker/icon.png\" onload=\"alert('SvgScriptMarker')\">"
        "<metadata><rdf:RDF><dc:creator>SvgCreatorMarker</dc:creator></rdf:RDF></metadata>"
        "<sodipodi:namedview inkscape:window-width=\"1920\" id=\"SvgNamedViewMarker\"/>"
        "<script>alert('SvgScriptMarker')</script>"
        "<rect x=\"1\" y=\"1\" width=\"8\" height=\"8\" fill=\"#c00\" id=\"SvgRectKeep\"/></svg>");
  auto out = sanitise_attachment("图标.docx", p.zip(), "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  auto parts = unzip(out->bytes);
  std::string all;
  for (auto& [n, c] : parts) all += n + "\n" + c + "\n";
  for (const char* m : {"SvgCommentMarker", "SvgDocnameMarker", "SvgExportUserMarker", "SvgScriptMarker",
                        "SvgCreatorMarker", "SvgNamedViewMarker", "PathUserMarkerZhang", "ShareUserMarker", "FILESRV"})
    EXPECT_EQ(all.find(m), std::string::npos) << "still present: " << m;
  const auto& svg = parts["word/media/image4.svg"];
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_buffer(svg.data(), svg.size())) << svg;
  EXPECT_STREQ(doc.document_element().name(), "svg");
  EXPECT_TRUE(doc.document_element().child("rect")) << "the drawing stays";
  EXPECT_NE(svg.find("SvgRectKeep"), std::string::npos);
  const auto& rels = parts["word/_rels/document.xml.rels"];
  EXPECT_NE(rels.find("Target=\"证据.xlsx\""), std::string::npos) << "only the file name of a local link" << rels;
  EXPECT_NE(rels.find("Target=\"photo.jpg\""), std::string::npos);
  EXPECT_NE(rels.find("https://example.org/users/WebLinkKeep"), std::string::npos) << "web addresses unchanged";
  expect_consistent_package(parts);
}

TEST(EmbeddedMetadata, UnsafeOrDuplicateZipEntryNamesAreRefused) {
  for (const std::string bad : {"../evil.xml", "/abs.xml", "word\\x.xml", "word/./x.xml", "C:/x.xml", "word//x.xml"}) {
    Package p = docx_with_embedded_traces();
    p.add(bad, "x");
    auto out = sanitise_attachment("a.docx", p.zip(), "attachments[0]");
    ASSERT_FALSE(out.ok()) << bad;
    EXPECT_EQ(out.error().code, "report.attachment_damaged") << bad;
  }
  Package p = docx_with_embedded_traces();
  p.add("WORD/styles.xml", "<x/>");
  auto out = sanitise_attachment("a.docx", p.zip(), "attachments[0]");
  ASSERT_FALSE(out.ok());
}

// ---------------------------------------------------------------- PDF

std::string pdf_with_image(const std::string& filter, const std::string& jpeg) {
  testing::PdfText p;
  p.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
  p.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  p.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
              " /Resources << /XObject << /Im1 5 0 R >> >> >>");
  p.stream(4, "", "q 40 0 0 24 72 600 cm /Im1 Do Q");
  p.stream(5, "/Type /XObject /Subtype /Image /Width 40 /Height 24 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter " +
                  filter, jpeg);
  p.section("/Root 1 0 R");
  return p.bytes();
}

TEST(EmbeddedMetadata, PdfJpegImageStreamLosesCameraSegmentsAndStillDecodes) {
  std::string jpeg = with_camera_metadata(encode_jpeg(40, 24), "PdfImgP1");
  auto original = decode_jpeg(jpeg);
  ASSERT_TRUE(original);
  auto out = sanitise_attachment("扫描件.pdf", pdf_with_image("/DCTDecode", jpeg), "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  for (const auto& m : camera_markers("PdfImgP1")) EXPECT_EQ(out->bytes.find(m), std::string::npos) << m;
  QPDF q;
  q.setSuppressWarnings(true);
  q.processMemoryFile("out", out->bytes.data(), out->bytes.size());
  auto pages = q.getAllPages();
  ASSERT_EQ(pages.size(), 1u);
  auto image = pages[0].getKey("/Resources").getKey("/XObject").getKey("/Im1");
  ASSERT_TRUE(image.isStream());
  EXPECT_TRUE(image.getDict().getKey("/Filter").isNameAndEquals("/DCTDecode"));
  auto raw = image.getRawStreamData();
  std::string data(reinterpret_cast<const char*>(raw->getBuffer()), raw->getSize());
  EXPECT_EQ(image.getDict().getKey("/Length").getIntValue(), static_cast<long long>(data.size()))
      << "the /Length matches the new stream";
  EXPECT_FALSE(q.anyWarnings()) << "parses without recovery";
  auto decoded = decode_jpeg(data);
  ASSERT_TRUE(decoded) << "the image stream is a decodable JPEG";
  EXPECT_TRUE(*decoded == *original);
}

TEST(EmbeddedMetadata, PdfJpegBehindASecondFilterIsRefusedInBothLanguages) {
  std::string jpeg = with_camera_metadata(encode_jpeg(8, 8), "PdfImgP2");
  auto out = sanitise_attachment("双重压缩.pdf", pdf_with_image("[/FlateDecode /DCTDecode]", jpeg), "attachments[4]");
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code, "report.attachment_uncleanable");
  EXPECT_EQ(out.error().field, "attachments[4]");
  EXPECT_NE(out.error().message_zh.find("双重压缩.pdf"), std::string::npos);
  EXPECT_NE(out.error().message_en.find("双重压缩.pdf"), std::string::npos);
  // A DCT stream that is no JPEG at all is refused too, never kept as it is.
  auto broken = sanitise_attachment("坏图.pdf", pdf_with_image("/DCTDecode", "not a jpeg GPSMarker"), "attachments[0]");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().code, "report.attachment_uncleanable");
}

}  // namespace
}  // namespace qf::reports

namespace qf::reports {
namespace {

// Damaged files from the public listener: a few hundred deterministic mutations of each
// fixture (bytes flipped, cut short, spliced) never crash the sanitisers, and whatever
// they accept is stable — sanitising the result again changes nothing (the output is
// already on the allow-list). PDFs get a fresh /ID on every rewrite, so for them the
// second pass must only succeed.
TEST(EmbeddedMetadata, MutatedInputsAreRefusedOrCleanedStably) {
  std::vector<std::pair<std::string, std::string>> seeds = {
      {"m.jpg", with_camera_metadata(encode_jpeg(16, 8), "MutJ")},
      {"m.png", png_with_metadata(5, 4, "MutP")},
      {"m.docx", docx_with_embedded_traces().zip()},
      {"m.pdf", pdf_with_image("/DCTDecode", with_camera_metadata(encode_jpeg(8, 8), "MutF"))},
  };
  uint32_t state = 20261206;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  int accepted = 0, refused = 0;
  for (const auto& [name, seed] : seeds) {
    for (int round = 0; round < 150; ++round) {
      std::string in = seed;
      switch (round % 3) {
        case 0:
          for (int k = 0; k < 1 + static_cast<int>(next() % 4); ++k) in[next() % in.size()] = static_cast<char>(next());
          break;
        case 1: in.resize(in.size() * (next() % 100) / 100 + 3); break;
        default: {
          size_t at = next() % in.size(), len = next() % 64;
          in.insert(at, seed.substr(next() % seed.size(), len));
        }
      }
      auto out = sanitise_attachment(name, in, "attachments[0]");
      if (!out.ok()) {
        ++refused;
        EXPECT_EQ(out.error().field, "attachments[0]");
        continue;
      }
      ++accepted;
      auto again = sanitise_attachment(name, out->bytes, "attachments[0]");
      ASSERT_TRUE(again.ok()) << name << " round " << round << ": " << again.error().to_string();
      EXPECT_EQ(again->type, out->type);
      if (out->type != AttachmentType::kPdf && out->type != AttachmentType::kText)
        EXPECT_EQ(again->bytes, out->bytes) << name << " round " << round;
    }
  }
  EXPECT_GT(accepted, 0);
  EXPECT_GT(refused, 0);
}

}  // namespace
}  // namespace qf::reports

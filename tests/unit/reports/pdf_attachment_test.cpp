// PDF attachments rewritten without identifying data (threat model M9): every marker
// placed in /Info (also of an earlier revision), XMP, annotations, embedded files,
// JavaScript and /PieceInfo is gone from the output bytes AND from every stream once
// inflated; the page and its text remain; encrypted and broken PDFs are refused.
#define POINTERHOLDER_TRANSITION 4
#include <gtest/gtest.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <exception>

#include "domain/reports/attachment_sanitiser.h"
#include "pdf_samples.h"

namespace qf::reports {
namespace {

using testing::kPdfMarkers;
using testing::kPdfPageText;
using testing::pdf_with_metadata;

// Everything a reader of the file could get at: the raw bytes, every object as text
// (objects inside object streams included) and every stream decoded.
std::string readable_content(const std::string& pdf) {
  std::string all = pdf;
  QPDF q;
  q.setSuppressWarnings(true);
  q.processMemoryFile("test", pdf.data(), pdf.size());
  all += q.getTrailer().unparse();
  for (auto& obj : q.getAllObjects()) {
    all += obj.unparse() + "\n";
    if (obj.isStream()) {
      all += obj.getDict().unparse();
      try {
        auto data = obj.getStreamData(qpdf_dl_all);
        all.append(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
      } catch (const std::exception&) {
        auto raw = obj.getRawStreamData();
        all.append(reinterpret_cast<const char*>(raw->getBuffer()), raw->getSize());
      }
    }
  }
  return all;
}

struct Parsed {
  size_t pages = 0;
  std::string page_text;
  bool warnings = true;
};

Parsed parse(const std::string& pdf) {
  Parsed p;
  QPDF q;
  q.setSuppressWarnings(true);
  q.processMemoryFile("output", pdf.data(), pdf.size());
  auto pages = q.getAllPages();
  p.pages = pages.size();
  for (auto& page : pages) {
    auto data = page.getKey("/Contents").getStreamData(qpdf_dl_all);
    p.page_text.append(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  }
  q.getAllObjects();
  p.warnings = q.anyWarnings();
  return p;
}

std::string rewrite_with_qpdf(const std::string& pdf, bool object_streams, bool encrypt, const char* user_pw) {
  QPDF q;
  q.setSuppressWarnings(true);
  q.processMemoryFile("input", pdf.data(), pdf.size());
  QPDFWriter w(q);
  w.setOutputMemory();
  if (object_streams) w.setObjectStreamMode(qpdf_o_generate);
  if (encrypt) w.setR6EncryptionParameters(user_pw, "owner-secret", true, true, true, true, true, true, qpdf_r3p_full, true);
  w.write();
  auto b = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

void expect_clean(const std::string& input) {
  // The markers really are there before (so the grep below can fail).
  std::string before = readable_content(input);
  for (const auto& m : kPdfMarkers)
    if (m != "SecondInfoAuthorMarker" || input.find(m) != std::string::npos)
      ASSERT_NE(before.find(m), std::string::npos) << "test input lacks " << m;

  auto out = sanitise_attachment("证据材料.pdf", input, "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_EQ(out->type, AttachmentType::kPdf);
  EXPECT_EQ(content_type_of(out->type), "application/pdf");
  std::string after = readable_content(out->bytes);
  for (const auto& m : kPdfMarkers) EXPECT_EQ(after.find(m), std::string::npos) << "still present: " << m;
  EXPECT_EQ(after.find("/Info"), std::string::npos);
  EXPECT_EQ(after.find("/Metadata"), std::string::npos);
  EXPECT_EQ(after.find("/EmbeddedFile"), std::string::npos);
  EXPECT_EQ(after.find("/JavaScript"), std::string::npos);
  EXPECT_EQ(after.find("/OpenAction"), std::string::npos);

  Parsed p = parse(out->bytes);
  EXPECT_EQ(p.pages, 1u);
  EXPECT_FALSE(p.warnings) << "the rewritten file parses cleanly";
  EXPECT_NE(p.page_text.find(kPdfPageText), std::string::npos) << "page text kept";
  EXPECT_NE(after.find("AnnotNoteKeep"), std::string::npos) << "the annotation itself stays, without its author";
  // Written anew: one revision only, with a fresh /ID.
  size_t eofs = 0;
  for (size_t at = out->bytes.find("%%EOF"); at != std::string::npos; at = out->bytes.find("%%EOF", at + 1)) ++eofs;
  EXPECT_EQ(eofs, 1u);
}

TEST(PdfAttachment, InfoXmpAnnotationAuthorsEmbeddedFilesAndJavaScriptAreRemoved) {
  expect_clean(pdf_with_metadata(false));
}

TEST(PdfAttachment, AnOlderRevisionOfAnIncrementalUpdateDoesNotSurvive) {
  std::string in = pdf_with_metadata(true);
  ASSERT_NE(in.find("InfoAuthorMarkerWang"), std::string::npos);
  ASSERT_NE(in.find("SecondInfoAuthorMarker"), std::string::npos);
  ASSERT_NE(in.find("/Prev"), std::string::npos);
  expect_clean(in);
}

TEST(PdfAttachment, MetadataHiddenInCompressedObjectStreamsIsRemoved) {
  std::string in = rewrite_with_qpdf(pdf_with_metadata(false), true, false, "");
  ASSERT_NE(in.find("/ObjStm"), std::string::npos) << "the input really has object streams";
  ASSERT_EQ(in.find("InfoAuthorMarkerWang"), std::string::npos) << "the marker is compressed in the input";
  expect_clean(in);
}

TEST(PdfAttachment, ADamagedCrossReferenceTableIsRepairedWhenTheResultIsClean) {
  std::string in = pdf_with_metadata(false);
  // Shift every object by a few bytes: the xref offsets are now wrong; qpdf recovers.
  in.insert(in.find("1 0 obj"), "\n\n\n\n");
  auto out = sanitise_attachment("repaired.pdf", in, "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  std::string after = readable_content(out->bytes);
  for (const auto& m : kPdfMarkers) EXPECT_EQ(after.find(m), std::string::npos) << m;
  EXPECT_FALSE(parse(out->bytes).warnings);
}

TEST(PdfAttachment, StreamDataIsCopiedWithoutBeingInflated) {
  // A content stream behind a filter: copied as it is (a small file whose streams
  // inflate to gigabytes must not be expanded on the public listener).
  std::string text = "BT /F1 24 Tf 72 700 Td (" + kPdfPageText + ") Tj ET";
  std::string hex;
  for (unsigned char ch : text) {
    char b[3];
    std::snprintf(b, sizeof b, "%02X", ch);
    hex += b;
  }
  hex += ">";
  testing::PdfText p;
  p.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
  p.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  p.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
  p.stream(4, "/Filter /ASCIIHexDecode", hex);
  p.object(5, "<< /Author (InfoAuthorMarkerWang) >>");
  p.section("/Root 1 0 R /Info 5 0 R");
  auto out = sanitise_attachment("hex.pdf", p.bytes(), "attachments[0]");
  ASSERT_TRUE(out.ok()) << out.error().to_string();
  EXPECT_NE(out->bytes.find("/ASCIIHexDecode"), std::string::npos);
  EXPECT_NE(out->bytes.find(hex), std::string::npos) << "the filtered stream is kept byte for byte";
  EXPECT_NE(parse(out->bytes).page_text.find(kPdfPageText), std::string::npos);
  EXPECT_EQ(readable_content(out->bytes).find("InfoAuthorMarkerWang"), std::string::npos);
}

TEST(PdfAttachment, EncryptedPdfIsRefusedNamingTheAttachment) {
  for (const char* user_pw : {"open-sesame", ""}) {
    std::string in = rewrite_with_qpdf(pdf_with_metadata(false), false, true, user_pw);
    auto out = sanitise_attachment("加密材料.pdf", in, "attachments[1]");
    ASSERT_FALSE(out.ok()) << "user password \"" << user_pw << "\"";
    EXPECT_EQ(out.error().code, "report.attachment_encrypted");
    EXPECT_EQ(out.error().field, "attachments[1]");
    EXPECT_NE(out.error().message_zh.find("加密材料.pdf"), std::string::npos);
    EXPECT_NE(out.error().message_zh.find("密码"), std::string::npos);
    EXPECT_NE(out.error().message_en.find("加密材料.pdf"), std::string::npos);
    EXPECT_NE(out.error().message_en.find("password"), std::string::npos);
  }
}

TEST(PdfAttachment, GarbageAfterThePdfHeaderIsRefusedWithoutQpdfInternals) {
  for (std::string in : {std::string("%PDF-1.7\n1 0 obj << /Author (X) >> endobj\n"), std::string("%PDF-"),
                         std::string("%PDF-1.4\n") + std::string(3000, '\x9c'),
                         pdf_with_metadata(false).substr(0, 200)}) {
    auto out = sanitise_attachment("坏文件.pdf", in, "attachments[2]");
    ASSERT_FALSE(out.ok()) << in.size();
    EXPECT_EQ(out.error().code, "report.attachment_damaged");
    EXPECT_EQ(out.error().field, "attachments[2]");
    EXPECT_NE(out.error().message_zh.find("坏文件.pdf"), std::string::npos);
    EXPECT_NE(out.error().message_en.find("坏文件.pdf"), std::string::npos);
    for (const auto* msg : {&out.error().message_zh, &out.error().message_en}) {
      EXPECT_EQ(msg->find("qpdf"), std::string::npos) << *msg;
      EXPECT_EQ(msg->find("offset"), std::string::npos) << *msg;
      EXPECT_EQ(msg->find("attachment:"), std::string::npos) << *msg;
    }
  }
}

}  // namespace
}  // namespace qf::reports

#include "domain/reports/pdf_sanitiser.h"

// qpdf without its legacy PointerHolder (std::shared_ptr only).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <optional>
#include <vector>

#include "domain/reports/image_sanitiser.h"

namespace qf::reports {
namespace {

constexpr int kMaxDepth = 64;  // direct-object nesting walked below one indirect object

Error damaged(std::string_view filename, const std::string& field, const std::string& zh, const std::string& en) {
  std::string f(filename);
  return Error::invalid("report.attachment_damaged", "附件“" + f + "”已损坏，无法处理：" + zh,
                        "Attachment \"" + f + "\" is damaged and cannot be processed: " + en, field);
}

Error encrypted(std::string_view filename, const std::string& field) {
  std::string f(filename);
  return Error::invalid("report.attachment_encrypted",
                        "附件“" + f + "”是加密（设有密码）的 PDF 文件，系统无法清除其中的作者等信息。"
                        "请去除密码后重新上传，或改为上传照片、扫描图片",
                        "Attachment \"" + f + "\" is an encrypted (password-protected) PDF, so its author data "
                        "cannot be removed. Please remove the password and upload it again, or upload a photo "
                        "or scan instead",
                        field);
}

bool is_name(QPDFObjectHandle h, const char* name) { return h.isNameAndEquals(name); }

// Keys that identify an author or a machine, or run code, on any dictionary.
void strip_dictionary(QPDFObjectHandle dict) {
  for (const char* key : {"/Metadata", "/PieceInfo", "/LastModified", "/AA", "/JS", "/EF"})
    if (dict.hasKey(key)) dict.removeKey(key);
  // An annotation: its author, dates and unique name. Widgets' /T is a form-field name.
  bool annotation = is_name(dict.getKey("/Type"), "/Annot");
  if (annotation) {
    for (const char* key : {"/M", "/CreationDate", "/NM"})
      if (dict.hasKey(key)) dict.removeKey(key);
    if (!is_name(dict.getKey("/Subtype"), "/Widget") && dict.hasKey("/T")) dict.removeKey("/T");
  }
  // A JavaScript action loses its script above; make it an inert action type.
  if (is_name(dict.getKey("/S"), "/JavaScript") || is_name(dict.getKey("/S"), "/Launch"))
    dict.replaceKey("/S", QPDFObjectHandle::newName("/Named"));
}

// Dictionaries nested directly (not through indirect references: those are visited
// on their own) inside `h`.
void strip_direct(QPDFObjectHandle h, int depth) {
  if (depth > kMaxDepth) return;
  if (h.isStream()) {
    strip_direct(h.getDict(), depth);
    return;
  }
  if (h.isDictionary()) {
    strip_dictionary(h);
    for (const auto& key : h.getKeys()) {
      QPDFObjectHandle child = h.getKey(key);
      if (!child.isIndirect() && (child.isDictionary() || child.isArray())) strip_direct(child, depth + 1);
    }
  } else if (h.isArray()) {
    for (auto& child : h.getArrayAsVector())
      if (!child.isIndirect() && (child.isDictionary() || child.isArray())) strip_direct(child, depth + 1);
  }
}

void strip_page(QPDFObjectHandle page) {
  QPDFObjectHandle annots = page.getKey("/Annots");
  if (!annots.isArray()) return;
  std::vector<QPDFObjectHandle> kept;
  for (auto& a : annots.getArrayAsVector()) {
    if (a.isDictionary() && is_name(a.getKey("/Subtype"), "/FileAttachment")) continue;
    if (a.isDictionary() && !a.hasKey("/Type")) a.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
    if (a.isDictionary()) strip_dictionary(a);
    kept.push_back(a);
  }
  annots.setArrayFromVector(kept);
}

void strip_document(QPDF& pdf) {
  QPDFObjectHandle trailer = pdf.getTrailer();
  for (const char* key : {"/Info", "/ID"})
    if (trailer.hasKey(key)) trailer.removeKey(key);
  QPDFObjectHandle root = pdf.getRoot();
  for (const char* key : {"/Metadata", "/PieceInfo", "/OpenAction", "/AA", "/Collection"})
    if (root.hasKey(key)) root.removeKey(key);
  QPDFObjectHandle names = root.getKey("/Names");
  if (names.isDictionary())
    for (const char* key : {"/JavaScript", "/EmbeddedFiles"})
      if (names.hasKey(key)) names.removeKey(key);
  for (auto& page : pdf.getAllPages()) strip_page(page);
  for (auto& obj : pdf.getAllObjects())
    if (obj.isDictionary() || obj.isStream()) strip_direct(obj, 0);
}

Error uncleanable(std::string_view filename, const std::string& field, const std::string& zh, const std::string& en) {
  std::string f(filename);
  return Error::invalid("report.attachment_uncleanable",
                        "附件“" + f + "”中的图片无法清除拍摄信息等元数据：" + zh +
                            "。请将文件打印为新的 PDF（或扫描、拍照）后重新上传",
                        "Attachment \"" + f + "\": the metadata (camera, location…) of an image in it cannot be "
                            "removed: " + en + ". Please print it to a new PDF (or scan or photograph it) and upload "
                            "that instead",
                        field);
}

bool is_dct(QPDFObjectHandle h) { return h.isNameAndEquals("/DCTDecode") || h.isNameAndEquals("/DCT"); }

// Every JPEG (DCTDecode) image stream reduced by strip_jpeg (EXIF, GPS, XMP, ICC,
// comments… removed), same filter and parameters; the writer sets the new /Length.
// A JPEG filtered through anything else as well (e.g. [/FlateDecode /DCTDecode]) would
// have to be inflated first, which the public listener never does: refused, as is a
// JPEG stream whose structure cannot be reduced.
std::optional<Error> strip_dct_images(QPDF& pdf, std::string_view filename, const std::string& field) {
  for (auto& obj : pdf.getAllObjects()) {
    if (!obj.isStream()) continue;
    QPDFObjectHandle dict = obj.getDict();
    QPDFObjectHandle filter = dict.getKey("/Filter");
    bool dct = false, alone = false;
    if (filter.isName()) {
      dct = is_dct(filter);
      alone = true;
    } else if (filter.isArray()) {
      for (auto& f : filter.getArrayAsVector())
        if (is_dct(f)) dct = true;
      alone = filter.getArrayNItems() == 1;
    }
    if (!dct) continue;
    if (!alone)
      return uncleanable(filename, field, "JPEG 图片外另加了一层压缩", "a JPEG image is wrapped in a second compression");
    auto raw = obj.getRawStreamData();
    ImageResult r = strip_jpeg(std::string_view(reinterpret_cast<const char*>(raw->getBuffer()), raw->getSize()));
    if (!r.ok) return uncleanable(filename, field, "JPEG 图片" + r.why_zh, "a JPEG image has a " + r.why_en);
    obj.replaceStreamData(r.bytes, filter, dict.getKey("/DecodeParms"));
  }
  return std::nullopt;
}

// Fully parses `bytes`; the page count, or nullopt when anything needed recovery.
std::optional<size_t> clean_page_count(const std::string& bytes) {
  try {
    QPDF check;
    check.setSuppressWarnings(true);
    check.processMemoryFile("rewritten attachment", bytes.data(), bytes.size());
    size_t pages = check.getAllPages().size();
    check.getAllObjects();
    if (check.anyWarnings()) return std::nullopt;
    return pages;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

Result<std::string> clean_pdf(std::string_view in, std::string_view filename, const std::string& field) {
  QPDF pdf;
  pdf.setSuppressWarnings(true);
  size_t pages = 0;
  std::string out;
  try {
    pdf.processMemoryFile("attachment", in.data(), in.size());
  } catch (const QPDFExc& e) {
    if (e.getErrorCode() == qpdf_e_password) return encrypted(filename, field);
    return damaged(filename, field, "无法识别为 PDF 文件", "it cannot be read as a PDF file");
  } catch (const std::exception&) {
    return damaged(filename, field, "无法识别为 PDF 文件", "it cannot be read as a PDF file");
  }
  if (pdf.isEncrypted()) return encrypted(filename, field);
  try {
    pages = pdf.getAllPages().size();
    strip_document(pdf);
    if (auto refused = strip_dct_images(pdf, filename, field)) return *refused;
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setObjectStreamMode(qpdf_o_generate);
    // Stream data is copied as it is, never decoded or re-encoded here: a small file
    // could inflate to gigabytes on the public listener. (Object streams, which hold
    // only the objects written, are compressed.)
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setCompressStreams(false);
    writer.setLinearization(false);
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    out.assign(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::exception&) {
    return damaged(filename, field, "PDF 内部结构错误", "its internal structure is broken");
  }
  if (pages == 0) return damaged(filename, field, "PDF 中没有页面", "the PDF has no pages");
  // A file that needed recovery (warnings) is accepted only when the rewritten file
  // parses cleanly with every page; the rewritten file is always checked the same way.
  auto rewritten_pages = clean_page_count(out);
  if (!rewritten_pages || *rewritten_pages != pages)
    return damaged(filename, field, "PDF 内部结构错误，修复后仍不完整",
                   "its internal structure is broken and could not be repaired completely");
  return out;
}

}  // namespace qf::reports

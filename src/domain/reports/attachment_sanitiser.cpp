#include "domain/reports/attachment_sanitiser.h"

#include <pugixml.hpp>

#include <array>
#include <sstream>
#include <vector>

#include "core/text_encoding.h"
#include "domain/reports/pdf_sanitiser.h"
#include "domain/reports/zip_in_memory.h"

namespace qf::reports {
namespace {

constexpr uint64_t kMaxUnzipped = 64ull << 20;

Error bad_type(std::string_view filename, const std::string& field) {
  std::string f(filename);
  return Error::invalid("report.attachment_type",
                        "附件“" + f + "”的格式不受支持：仅接受 JPEG、PNG 图片，PDF、Word（.docx）、Excel（.xlsx）文档和纯文本",
                        "Attachment \"" + f + "\" has an unsupported format: only JPEG and PNG images, PDF, Word (.docx), "
                        "Excel (.xlsx) documents and plain text are accepted",
                        field);
}

Error damaged(std::string_view filename, const std::string& field, const std::string& zh, const std::string& en) {
  std::string f(filename);
  return Error::invalid("report.attachment_damaged", "附件“" + f + "”已损坏，无法处理：" + zh,
                        "Attachment \"" + f + "\" is damaged and cannot be processed: " + en, field);
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool jpeg_marker_dropped(unsigned char m) {
  if (m == 0xE1 || m == 0xED || m == 0xEF || m == 0xFE) return true;  // APP1, APP13, APP15, COM
  return m >= 0xE3 && m <= 0xEC;                                       // APP3–APP12
}

Result<std::string> clean_jpeg(std::string_view in, std::string_view filename, const std::string& field) {
  auto bad = [&] { return damaged(filename, field, "JPEG 结构错误", "broken JPEG structure"); };
  std::string out("\xFF\xD8", 2);
  size_t p = 2;
  auto u8 = [&](size_t i) { return static_cast<unsigned char>(in[i]); };
  while (p < in.size()) {
    if (u8(p) != 0xFF) return bad();
    while (p < in.size() && u8(p) == 0xFF) ++p;  // fill bytes
    if (p >= in.size()) return bad();
    unsigned char m = u8(p++);
    if (m == 0xD9) {  // EOI: anything after it is dropped
      out.append("\xFF\xD9", 2);
      return out;
    }
    if ((m >= 0xD0 && m <= 0xD7) || m == 0x01) {  // standalone markers
      out.push_back(static_cast<char>(0xFF));
      out.push_back(static_cast<char>(m));
      continue;
    }
    if (p + 2 > in.size()) return bad();
    size_t len = (static_cast<size_t>(u8(p)) << 8) | u8(p + 1);
    if (len < 2 || p + len > in.size()) return bad();
    if (!jpeg_marker_dropped(m)) {
      out.push_back(static_cast<char>(0xFF));
      out.push_back(static_cast<char>(m));
      out.append(in.substr(p, len));
    }
    p += len;
    if (m == 0xDA) {  // start of scan: entropy-coded data up to the next real marker
      size_t start = p;
      while (p + 1 < in.size()) {
        if (u8(p) == 0xFF) {
          unsigned char n = u8(p + 1);
          if (n != 0x00 && !(n >= 0xD0 && n <= 0xD7) && n != 0xFF) break;
        }
        ++p;
      }
      if (p + 1 >= in.size()) return bad();
      out.append(in.substr(start, p - start));
    }
  }
  return bad();  // no EOI
}

Result<std::string> clean_png(std::string_view in, std::string_view filename, const std::string& field) {
  auto bad = [&] { return damaged(filename, field, "PNG 结构错误", "broken PNG structure"); };
  std::string out(in.substr(0, 8));
  size_t p = 8;
  auto u8 = [&](size_t i) { return static_cast<unsigned char>(in[i]); };
  while (p + 12 <= in.size()) {
    uint64_t len = (static_cast<uint64_t>(u8(p)) << 24) | (static_cast<uint64_t>(u8(p + 1)) << 16) |
                   (static_cast<uint64_t>(u8(p + 2)) << 8) | u8(p + 3);
    if (p + 12 + len > in.size()) return bad();
    std::string_view type = in.substr(p + 4, 4);
    bool drop = type == "tEXt" || type == "zTXt" || type == "iTXt" || type == "eXIf" || type == "tIME";
    if (!drop) out.append(in.substr(p, 12 + len));
    p += 12 + len;
    if (type == "IEND") return out;
  }
  return bad();
}

std::string xml_text(const pugi::xml_document& doc) {
  std::ostringstream os;
  doc.save(os, "", pugi::format_raw);
  return os.str();
}

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::string_view local_name(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

std::string_view prefix_of(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon);
}

// Prefixes bound to the WordprocessingML main namespace (transitional or strict) on the
// root element — where Word declares them; "w" unless bound to something else.
std::vector<std::string> word_prefixes(const pugi::xml_node& root) {
  std::vector<std::string> out;
  bool w_bound_elsewhere = false;
  for (pugi::xml_attribute a = root.first_attribute(); a; a = a.next_attribute()) {
    std::string_view n = a.name();
    if (n.substr(0, 6) != "xmlns:") continue;
    std::string_view v = a.value();
    bool word = v == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
                v == "http://purl.oclc.org/ooxml/wordprocessingml/main";
    if (word) out.emplace_back(n.substr(6));
    else if (n == "xmlns:w") w_bound_elsewhere = true;
  }
  if (!w_bound_elsewhere) out.emplace_back("w");
  return out;
}

constexpr unsigned kPartParse = pugi::parse_full | pugi::parse_ws_pcdata;

// Author identity inside a word/*.xml part: w:author emptied (kept present: Word
// requires it on comments and revisions), w:initials, w:date, w:rsid* and w16cex
// dateUtc removed on every element; settings.xml loses w:rsids and w:attachedTemplate
// (a template path names the user), people.xml loses every person.
bool clean_word_part(pugi::xml_document& doc, std::string_view name) {
  pugi::xml_node root = doc.document_element();
  if (!root) return false;
  bool changed = false;
  if (name == "word/people.xml") {
    while (root.first_child()) root.remove_child(root.first_child());
    return true;
  }
  auto prefixes = word_prefixes(root);
  auto in_word_ns = [&](std::string_view qname) {
    std::string_view p = prefix_of(qname);
    for (const auto& w : prefixes)
      if (p == w) return true;
    return false;
  };
  std::vector<pugi::xml_node> drop;
  std::vector<pugi::xml_node> stack{root};
  while (!stack.empty()) {
    pugi::xml_node n = stack.back();
    stack.pop_back();
    std::string_view el = local_name(n.name());
    if (name == "word/settings.xml" && in_word_ns(n.name()) && (el == "rsids" || el == "attachedTemplate")) {
      drop.push_back(n);
      continue;
    }
    for (pugi::xml_attribute a = n.first_attribute(); a;) {
      pugi::xml_attribute next = a.next_attribute();
      std::string_view an = a.name(), local = local_name(an);
      if (local == "dateUtc") {
        n.remove_attribute(a);
        changed = true;
      } else if (in_word_ns(an)) {
        if (local == "author" && *a.value() != '\0') {
          a.set_value("");
          changed = true;
        } else if (local == "initials" || local == "date" || starts_with(local, "rsid")) {
          n.remove_attribute(a);
          changed = true;
        }
      }
      a = next;
    }
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
      if (c.type() == pugi::node_element) stack.push_back(c);
  }
  for (auto& n : drop) n.parent().remove_child(n);
  return changed || !drop.empty();
}

// The relationship to an attached template (its target is a path on the author's disk).
bool clean_settings_rels(pugi::xml_document& doc) {
  pugi::xml_node root = doc.document_element();
  bool changed = false;
  for (pugi::xml_node n = root.first_child(); n;) {
    pugi::xml_node next = n.next_sibling();
    if (ends_with(n.attribute("Type").value(), "/attachedTemplate")) {
      root.remove_child(n);
      changed = true;
    }
    n = next;
  }
  return changed;
}

// Excel: legacy comment authors emptied (count kept: comments refer to them by
// index), threaded-comment dates removed, persons without names and account ids, the
// workbook's absolute path (x15ac:absPath) removed.
bool clean_excel_part(pugi::xml_document& doc, std::string_view name) {
  pugi::xml_node root = doc.document_element();
  if (!root) return false;
  bool changed = false;
  std::vector<pugi::xml_node> drop;
  std::vector<pugi::xml_node> stack{root};
  while (!stack.empty()) {
    pugi::xml_node n = stack.back();
    stack.pop_back();
    std::string_view el = local_name(n.name());
    if (el == "author" && local_name(n.parent().name()) == "authors") {
      while (n.first_child()) n.remove_child(n.first_child());
      changed = true;
      continue;
    }
    if (el == "absPath") {
      pugi::xml_node choice = n.parent(), alternate = choice.parent();
      if (local_name(choice.name()) == "Choice" && local_name(alternate.name()) == "AlternateContent")
        drop.push_back(alternate);
      else
        drop.push_back(n);
      continue;
    }
    if (el == "threadedComment" && n.attribute("dT")) {
      n.remove_attribute("dT");
      changed = true;
    }
    if (el == "person" && starts_with(name, "xl/persons/")) {
      n.attribute("displayName").set_value("");
      n.remove_attribute("userId");
      n.remove_attribute("providerId");
      changed = true;
    }
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
      if (c.type() == pugi::node_element) stack.push_back(c);
  }
  for (auto& n : drop) n.parent().remove_child(n);
  return changed || !drop.empty();
}

bool is_custom_xml_item(std::string_view name) {
  if (name.substr(0, 14) != "customXml/item" || !ends_with(name, ".xml")) return false;
  std::string_view rest = name.substr(14, name.size() - 14 - 4);
  if (rest.empty()) return false;
  for (char c : rest)
    if (c < '0' || c > '9') return false;
  return true;
}

Result<std::string> clean_office(std::vector<ZipEntry> entries, std::string_view filename, const std::string& field) {
  for (auto& e : entries) {
    if (e.name == "docProps/core.xml" || e.name == "docProps/custom.xml") {
      pugi::xml_document doc;
      if (!doc.load_buffer(e.content.data(), e.content.size()))
        return damaged(filename, field, "文档属性无法解析", "document properties cannot be parsed");
      pugi::xml_node root = doc.document_element();
      while (root.first_child()) root.remove_child(root.first_child());
      e.content = xml_text(doc);
    } else if (e.name == "docProps/app.xml") {
      pugi::xml_document doc;
      if (!doc.load_buffer(e.content.data(), e.content.size()))
        return damaged(filename, field, "文档属性无法解析", "document properties cannot be parsed");
      pugi::xml_node root = doc.document_element();
      for (pugi::xml_node n = root.first_child(); n;) {
        pugi::xml_node next = n.next_sibling();
        std::string_view local = n.name();
        if (auto colon = local.find(':'); colon != std::string_view::npos) local = local.substr(colon + 1);
        if (local == "Company" || local == "Manager" || local == "Template" || local == "HyperlinkBase")
          root.remove_child(n);
        n = next;
      }
      e.content = xml_text(doc);
    } else {
      // Body parts: reserialised only when something was removed, otherwise kept as is.
      bool word = starts_with(e.name, "word/") && ends_with(e.name, ".xml");
      bool settings_rels = e.name == "word/_rels/settings.xml.rels";
      bool excel = starts_with(e.name, "xl/") && ends_with(e.name, ".xml") &&
                   (starts_with(e.name, "xl/comments") || starts_with(e.name, "xl/threadedComments/") ||
                    starts_with(e.name, "xl/persons/") || e.name == "xl/workbook.xml");
      bool custom = is_custom_xml_item(e.name);
      if (!word && !settings_rels && !excel && !custom) continue;
      pugi::xml_document doc;
      if (!doc.load_buffer(e.content.data(), e.content.size(), kPartParse))
        return damaged(filename, field, "文档内容“" + e.name + "”无法解析",
                       "the document part \"" + e.name + "\" cannot be parsed");
      bool changed = false;
      if (custom) {
        pugi::xml_node root = doc.document_element();
        changed = root && root.first_child();
        while (root && root.first_child()) root.remove_child(root.first_child());
      } else if (settings_rels) {
        changed = clean_settings_rels(doc);
      } else if (word) {
        changed = clean_word_part(doc, e.name);
      } else {
        changed = clean_excel_part(doc, e.name);
      }
      if (changed) e.content = xml_text(doc);
    }
  }
  auto zipped = write_zip(entries);
  if (!zipped) return damaged(filename, field, "无法重新打包", "cannot be re-packed");
  return *zipped;
}

}  // namespace

std::string_view content_type_of(AttachmentType t) {
  switch (t) {
    case AttachmentType::kJpeg: return "image/jpeg";
    case AttachmentType::kPng: return "image/png";
    case AttachmentType::kPdf: return "application/pdf";
    case AttachmentType::kDocx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case AttachmentType::kXlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case AttachmentType::kText: return "text/plain; charset=utf-8";
  }
  return "application/octet-stream";
}

Result<CleanAttachment> sanitise_attachment(std::string_view filename, std::string_view bytes,
                                            const std::string& field) {
  CleanAttachment out;
  if (bytes.empty())
    return Error::invalid("report.attachment_empty", "附件“" + std::string(filename) + "”是空文件",
                          "Attachment \"" + std::string(filename) + "\" is empty", field);
  if (starts_with(bytes, "\xFF\xD8\xFF")) {
    out.type = AttachmentType::kJpeg;
    QF_TRY(out.bytes, clean_jpeg(bytes, filename, field));
    return out;
  }
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) {
    out.type = AttachmentType::kPng;
    QF_TRY(out.bytes, clean_png(bytes, filename, field));
    return out;
  }
  if (starts_with(bytes, "%PDF-")) {
    out.type = AttachmentType::kPdf;
    QF_TRY(out.bytes, clean_pdf(bytes, filename, field));
    return out;
  }
  if (starts_with(bytes, std::string_view("PK\x03\x04", 4))) {
    auto entries = read_zip(bytes, kMaxUnzipped);
    if (!entries) return damaged(filename, field, "压缩包无法读取", "the zip container cannot be read");
    bool content_types = false, word = false, excel = false;
    for (const auto& e : *entries) {
      if (e.name == "[Content_Types].xml") content_types = true;
      if (e.name == "word/document.xml") word = true;
      if (e.name == "xl/workbook.xml") excel = true;
    }
    if (!content_types || word == excel) return bad_type(filename, field);
    out.type = word ? AttachmentType::kDocx : AttachmentType::kXlsx;
    QF_TRY(out.bytes, clean_office(std::move(*entries), filename, field));
    return out;
  }
  if (bytes.find('\0') == std::string_view::npos && text::is_valid_utf8(bytes)) {
    out.type = AttachmentType::kText;
    out.bytes = std::string(bytes);
    return out;
  }
  return bad_type(filename, field);
}

}  // namespace qf::reports

#include "domain/reports/ooxml_sanitiser.h"

#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <vector>

#include "domain/reports/image_sanitiser.h"

namespace qf::reports {
namespace {

Error damaged(std::string_view filename, const std::string& field, const std::string& zh, const std::string& en) {
  std::string f(filename);
  return Error::invalid("report.attachment_damaged", "附件“" + f + "”已损坏，无法处理：" + zh,
                        "Attachment \"" + f + "\" is damaged and cannot be processed: " + en, field);
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

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
    if (el == "fileSharing" && n.attribute("userName")) {  // who reserved the workbook for writing
      n.remove_attribute("userName");
      changed = true;
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


std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string percent_decoded(std::string_view s) {
  std::string out;
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// A zip entry name a careless unzip could not turn into a path outside its folder.
bool safe_name(std::string_view n) {
  if (n.empty() || n.front() == '/' || n.find('\\') != std::string_view::npos ||
      n.find(':') != std::string_view::npos)
    return false;
  for (unsigned char c : n)
    if (c < 0x20 || c == 0x7F) return false;
  size_t start = 0;
  while (start <= n.size()) {
    size_t slash = n.find('/', start);
    std::string_view seg = n.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return true;
}

bool direct_child(std::string_view name, std::string_view dir) {
  if (!starts_with(name, dir)) return false;
  std::string_view rest = name.substr(dir.size());
  return !rest.empty() && rest.find('/') == std::string_view::npos;
}

bool direct_xml(std::string_view name, std::string_view dir) { return direct_child(name, dir) && ends_with(name, ".xml"); }

// A part name starting with `dir` + `stem`, then anything without a slash, then ".xml".
bool named_xml(std::string_view name, std::string_view dir, std::string_view stem) {
  return direct_xml(name, dir) && starts_with(name.substr(dir.size()), stem);
}

bool kept_part(std::string_view n, OfficeKind kind) {
  if (n == "[Content_Types].xml" || n == "docProps/core.xml" || n == "docProps/app.xml" || n == "docProps/custom.xml")
    return true;
  if (kind == OfficeKind::kWord) {
    for (const char* p : {"document.xml", "styles.xml", "stylesWithEffects.xml", "numbering.xml", "settings.xml",
                          "webSettings.xml", "fontTable.xml", "footnotes.xml", "endnotes.xml", "comments.xml",
                          "commentsExtended.xml", "commentsIds.xml", "commentsExtensible.xml", "people.xml"})
      if (n == std::string("word/") + p) return true;
    return named_xml(n, "word/", "header") || named_xml(n, "word/", "footer") || direct_xml(n, "word/theme/") ||
           direct_xml(n, "word/charts/") || direct_xml(n, "word/diagrams/") || direct_child(n, "word/media/");
  }
  for (const char* p : {"workbook.xml", "styles.xml", "sharedStrings.xml", "calcChain.xml", "metadata.xml"})
    if (n == std::string("xl/") + p) return true;
  if (named_xml(n, "xl/", "comments") || direct_child(n, "xl/media/")) return true;
  if (direct_child(n, "xl/drawings/") && (ends_with(n, ".xml") || ends_with(n, ".vml"))) return true;
  for (const char* d : {"xl/worksheets/", "xl/chartsheets/", "xl/theme/", "xl/charts/", "xl/tables/", "xl/pivotTables/",
                        "xl/pivotCache/", "xl/externalLinks/", "xl/ctrlProps/", "xl/threadedComments/", "xl/persons/",
                        "xl/richData/", "xl/slicers/", "xl/slicerCaches/", "xl/timelines/", "xl/timelineCaches/"})
    if (direct_xml(n, d)) return true;
  return false;
}

// The part a relationships part describes ("" for the package), or nullopt.
std::optional<std::string> rels_source(std::string_view name) {
  size_t pos = name.rfind("_rels/");
  if (pos == std::string_view::npos || (pos != 0 && name[pos - 1] != '/')) return std::nullopt;
  std::string_view file = name.substr(pos + 6);
  if (!ends_with(file, ".rels") || file.find('/') != std::string_view::npos) return std::nullopt;
  return std::string(name.substr(0, pos)) + std::string(file.substr(0, file.size() - 5));
}

// An internal relationship target resolved against its source part.
std::string resolve(const std::string& source, std::string_view target) {
  std::string path;
  if (starts_with(target, "/")) {
    path = std::string(target.substr(1));
  } else {
    size_t slash = source.rfind('/');
    path = (slash == std::string::npos ? std::string() : source.substr(0, slash + 1)) + std::string(target);
  }
  std::vector<std::string> parts;
  std::stringstream ss(path);
  std::string seg;
  while (std::getline(ss, seg, '/')) {
    if (seg.empty() || seg == ".") continue;
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(seg);
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

// An external target on the author's disk or network share (file:, C:\..., \\server\...,
// /Users/..., /home/...): the folders name the user, so only the file name is kept
// (the link then looks for the file beside the document). Web addresses: nullopt.
std::optional<std::string> local_file_base_name(std::string_view t) {
  std::string l = lower(t);
  for (const char* web : {"http:", "https:", "mailto:", "ftp:", "news:", "tel:"})
    if (starts_with(l, web)) return std::nullopt;
  bool local = starts_with(l, "file:") || starts_with(t, "\\\\") || starts_with(t, "//") ||
               (t.size() > 2 && ((t[0] >= 'A' && t[0] <= 'Z') || (t[0] >= 'a' && t[0] <= 'z')) && t[1] == ':') ||
               starts_with(t, "/") || l.find("/users/") != std::string::npos || l.find("\\users\\") != std::string::npos ||
               starts_with(t, "../") || starts_with(t, "..\\");
  if (!local) return std::nullopt;
  size_t cut = t.find_last_of("/\\");
  std::string base(cut == std::string_view::npos ? t : t.substr(cut + 1));
  if (base == std::string(t)) return std::nullopt;
  if (base.empty()) base = "link";
  return base;
}

constexpr const char* kRelNs[] = {"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                  "http://purl.oclc.org/ooxml/officeDocument/relationships"};

bool no_element_children(const pugi::xml_node& n) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element) return false;
  return true;
}

bool alternate_vacant(const pugi::xml_node& a) {
  for (pugi::xml_node c = a.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view l = local_name(c.name());
    if ((l == "Choice" || l == "Fallback") && no_element_children(c)) continue;
    return false;
  }
  return true;
}

bool container_vacant(const pugi::xml_node& n) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (local_name(c.name()) == "AlternateContent" && alternate_vacant(c)) continue;
    return false;
  }
  return true;
}

// The outermost container left empty above `parent` once its content went, or null.
pugi::xml_node vacated_container(pugi::xml_node node) {
  pugi::xml_node target;
  while (node && node.type() == pugi::node_element) {
    std::string_view l = local_name(node.name());
    if (l == "Choice" || l == "Fallback") {
      pugi::xml_node a = node.parent();
      if (local_name(a.name()) == "AlternateContent" && alternate_vacant(a)) {
        target = a;
        node = a.parent();
        continue;
      }
      break;
    }
    if ((l == "oleObjects" || l == "controls" || l == "customProperties" || l == "custDataLst") &&
        container_vacant(node)) {
      target = node;
      node = node.parent();
      continue;
    }
    break;
  }
  return target;
}

// Removes every element that refers (through an attribute in the relationships
// namespace) to one of `ids`; a pageSetup loses only the attribute. True if changed.
bool drop_references(pugi::xml_document& doc, const std::set<std::string>& ids) {
  pugi::xml_node root = doc.document_element();
  if (!root || ids.empty()) return false;
  std::set<std::string> prefixes;
  std::vector<pugi::xml_node> stack{root};
  while (!stack.empty()) {
    pugi::xml_node n = stack.back();
    stack.pop_back();
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
      std::string_view an = a.name(), v = a.value();
      if (starts_with(an, "xmlns:") && (v == kRelNs[0] || v == kRelNs[1])) prefixes.emplace(an.substr(6));
    }
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
      if (c.type() == pugi::node_element) stack.push_back(c);
  }
  if (prefixes.empty()) return false;
  bool changed = false;
  std::vector<pugi::xml_node> doomed;
  stack = {root};
  while (!stack.empty()) {
    pugi::xml_node n = stack.back();
    stack.pop_back();
    bool refers = false;
    for (pugi::xml_attribute a = n.first_attribute(); a;) {
      pugi::xml_attribute next = a.next_attribute();
      std::string_view an = a.name();
      if (prefixes.count(std::string(prefix_of(an))) && ids.count(a.value())) {
        if (local_name(n.name()) == "pageSetup") {
          n.remove_attribute(a);
          changed = true;
        } else {
          refers = true;
        }
      }
      a = next;
    }
    if (refers) {
      doomed.push_back(n);  // its descendants go with it: not visited
      continue;
    }
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
      if (c.type() == pugi::node_element) stack.push_back(c);
  }
  if (doomed.empty()) return changed;
  std::vector<pugi::xml_node> parents;
  for (auto& n : doomed) {
    if (n == root) continue;  // never the whole part
    parents.push_back(n.parent());
    n.parent().remove_child(n);
  }
  // Containers left empty (oleObjects, controls, mc:AlternateContent): removed too,
  // outermost first, each once.
  std::vector<pugi::xml_node> vacated;
  for (auto& p : parents) {
    pugi::xml_node t = vacated_container(p);
    if (t && std::find(vacated.begin(), vacated.end(), t) == vacated.end()) vacated.push_back(t);
  }
  for (auto& t : vacated) {
    bool inside_other = false;
    for (pugi::xml_node a = t.parent(); a; a = a.parent())
      if (std::find(vacated.begin(), vacated.end(), a) != vacated.end()) inside_other = true;
    if (!inside_other) t.parent().remove_child(t);
  }
  return true;
}

constexpr const char* kWordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
constexpr const char* kExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

}  // namespace

Result<std::string> clean_office(std::vector<ZipEntry> entries, OfficeKind kind, std::string_view filename,
                                 const std::string& field) {
  // Names: safe and unique (case-insensitively, as OPC compares part names).
  std::set<std::string> seen;
  for (const auto& e : entries) {
    if (!safe_name(e.name))
      return damaged(filename, field, "压缩包中有不安全的文件名", "the zip container has an unsafe entry name");
    if (!seen.insert(lower(e.name)).second)
      return damaged(filename, field, "压缩包中有重名的文件", "the zip container has duplicate entry names");
  }
  // The allow-list: parts first, then the relationships of kept parts.
  std::vector<bool> keep(entries.size(), false);
  std::set<std::string> kept;  // lower-case names
  for (size_t i = 0; i < entries.size(); ++i)
    if (!rels_source(entries[i].name) && kept_part(entries[i].name, kind)) {
      keep[i] = true;
      kept.insert(lower(entries[i].name));
    }
  for (size_t i = 0; i < entries.size(); ++i) {
    auto source = rels_source(entries[i].name);
    if (source && (source->empty() || kept.count(lower(*source)))) {
      keep[i] = true;
      kept.insert(lower(entries[i].name));
    }
  }
  const std::string main_part = kind == OfficeKind::kWord ? "word/document.xml" : "xl/workbook.xml";
  if (!kept.count(lower(main_part)) || !kept.count("[content_types].xml"))
    return damaged(filename, field, "缺少文档主体", "the main document part is missing");
  auto is_kept = [&](const std::string& part) {
    return kept.count(lower(part)) > 0 || kept.count(lower(percent_decoded(part))) > 0;
  };

  // Relationships to parts that are not kept are removed; their ids, per source part,
  // are then removed from the source part's XML.
  std::map<std::string, std::set<std::string>> dropped_ids;  // lower-case source part -> ids
  std::vector<std::string> new_content(entries.size());
  std::vector<bool> replaced(entries.size(), false);
  for (size_t i = 0; i < entries.size(); ++i) {
    if (!keep[i]) continue;
    auto source = rels_source(entries[i].name);
    if (!source) continue;
    pugi::xml_document doc;
    if (!doc.load_buffer(entries[i].content.data(), entries[i].content.size(), kPartParse))
      return damaged(filename, field, "文档关系“" + entries[i].name + "”无法解析",
                     "the relationships part \"" + entries[i].name + "\" cannot be parsed");
    pugi::xml_node root = doc.document_element();
    bool changed = false;
    for (pugi::xml_node n = root.first_child(); n;) {
      pugi::xml_node next = n.next_sibling();
      if (n.type() == pugi::node_element && local_name(n.name()) == "Relationship" &&
          std::string_view(n.attribute("TargetMode").value()) == "External") {
        std::string target = n.attribute("Target").value();
        if (auto base = local_file_base_name(target)) {
          n.attribute("Target").set_value(base->c_str());
          changed = true;
        }
      } else if (n.type() == pugi::node_element && local_name(n.name()) == "Relationship") {
        std::string target = resolve(*source, n.attribute("Target").value());
        if (!is_kept(target)) {
          dropped_ids[lower(*source)].insert(n.attribute("Id").value());
          root.remove_child(n);
          changed = true;
        }
      }
      n = next;
    }
    if (entries[i].name == "word/_rels/settings.xml.rels" && clean_settings_rels(doc)) changed = true;
    if (changed) {
      new_content[i] = xml_text(doc);
      replaced[i] = true;
    }
  }

  for (size_t i = 0; i < entries.size(); ++i) {
    if (!keep[i] || rels_source(entries[i].name)) continue;
    auto& e = entries[i];
    if (e.name == "[Content_Types].xml") {
      pugi::xml_document doc;
      if (!doc.load_buffer(e.content.data(), e.content.size(), kPartParse))
        return damaged(filename, field, "内容类型清单无法解析", "[Content_Types].xml cannot be parsed");
      pugi::xml_node root = doc.document_element();
      bool changed = false;
      for (pugi::xml_node n = root.first_child(); n;) {
        pugi::xml_node next = n.next_sibling();
        if (n.type() == pugi::node_element && local_name(n.name()) == "Override") {
          std::string part = n.attribute("PartName").value();
          if (starts_with(part, "/")) part.erase(0, 1);
          if (!is_kept(part)) {
            root.remove_child(n);
            changed = true;
          } else if (lower(part) == lower(main_part) &&
                     std::string_view(n.attribute("ContentType").value()).find("macroEnabled") !=
                         std::string_view::npos) {
            n.attribute("ContentType").set_value(kind == OfficeKind::kWord ? kWordMain : kExcelMain);
            changed = true;
          }
        }
        n = next;
      }
      if (changed) e.content = xml_text(doc);
    } else if (e.name == "docProps/core.xml" || e.name == "docProps/custom.xml") {
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
        std::string_view local = local_name(n.name());
        if (local == "Company" || local == "Manager" || local == "Template" || local == "HyperlinkBase")
          root.remove_child(n);
        n = next;
      }
      e.content = xml_text(doc);
    } else if (e.name.find("/media/") != std::string::npos) {
      ImageResult img = strip_office_image(e.content);
      if (!img.ok)
        return Error::invalid("report.attachment_damaged",
                              "附件“" + std::string(filename) + "”中的图片“" + e.name + "”无法清理：" + img.why_zh,
                              "Attachment \"" + std::string(filename) + "\": the picture \"" + e.name +
                                  "\" cannot be cleaned: " + img.why_en,
                              field);
      e.content = std::move(img.bytes);
    } else {
      // XML parts: reserialised only when something was removed, otherwise kept as is.
      auto ids = dropped_ids.find(lower(e.name));
      bool refs = ids != dropped_ids.end() && !ids->second.empty();
      bool word = kind == OfficeKind::kWord && starts_with(e.name, "word/") && ends_with(e.name, ".xml");
      bool excel = kind == OfficeKind::kExcel && starts_with(e.name, "xl/") && ends_with(e.name, ".xml") &&
                   (starts_with(e.name, "xl/comments") || starts_with(e.name, "xl/threadedComments/") ||
                    starts_with(e.name, "xl/persons/") || e.name == "xl/workbook.xml");
      if (!refs && !word && !excel) continue;
      pugi::xml_document doc;
      if (!doc.load_buffer(e.content.data(), e.content.size(), kPartParse))
        return damaged(filename, field, "文档内容“" + e.name + "”无法解析",
                       "the document part \"" + e.name + "\" cannot be parsed");
      bool changed = refs && drop_references(doc, ids->second);
      if (word && clean_word_part(doc, e.name)) changed = true;
      if (excel && clean_excel_part(doc, e.name)) changed = true;
      if (changed) e.content = xml_text(doc);
    }
  }

  std::vector<ZipEntry> out;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (!keep[i]) continue;
    if (replaced[i]) entries[i].content = std::move(new_content[i]);
    out.push_back(std::move(entries[i]));
  }
  auto zipped = write_zip(out);
  if (!zipped) return damaged(filename, field, "无法重新打包", "cannot be re-packed");
  return *zipped;
}

}  // namespace qf::reports

// The GB/T 9704-2012 DOCX: see docx.h.
#include "domain/annual/docx.h"

#include <fmt/format.h>

#include <algorithm>

#include "domain/reports/zip_in_memory.h"

namespace qf::annual {
namespace {

using namespace gbt9704;

std::string esc(const std::string& s) {
  std::string o;
  o.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      default: o += c;
    }
  }
  return o;
}

std::string fonts(const char* f) {
  return fmt::format(R"(<w:rFonts w:ascii="{0}" w:hAnsi="{0}" w:eastAsia="{0}" w:cs="{0}"/>)", f);
}

std::string run(const std::string& text, const char* style = nullptr) {
  std::string rpr = style ? fmt::format(R"(<w:rPr><w:rStyle w:val="{}"/></w:rPr>)", style) : "";
  return fmt::format(R"(<w:r>{}<w:t xml:space="preserve">{}</w:t></w:r>)", rpr, esc(text));
}

std::string para(const char* style, const std::string& runs, const std::string& extra_ppr = {}) {
  return fmt::format(R"(<w:p><w:pPr><w:pStyle w:val="{}"/>{}</w:pPr>{}</w:p>)", style, extra_ppr, runs);
}

const char* kNs =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

std::string styles_xml() {
  auto pstyle = [](const char* id, const char* name, const std::string& ppr, const std::string& rpr,
                   bool is_default = false) {
    return fmt::format(
        R"(<w:style w:type="paragraph"{} w:styleId="{}"><w:name w:val="{}"/><w:qFormat/><w:pPr>{}</w:pPr><w:rPr>{}</w:rPr></w:style>)",
        is_default ? R"( w:default="1")" : "", id, name, ppr, rpr);
  };
  auto cstyle = [](const char* id, const char* name, const std::string& rpr) {
    return fmt::format(R"(<w:style w:type="character" w:styleId="{}"><w:name w:val="{}"/><w:rPr>{}</w:rPr></w:style>)",
                       id, name, rpr);
  };
  const std::string exact = fmt::format(R"(<w:spacing w:before="0" w:after="0" w:line="{}" w:lineRule="exact"/>)", kLinePitch);
  const std::string body_size = fmt::format(R"(<w:sz w:val="{0}"/><w:szCs w:val="{0}"/>)", kBodyHalfPoints);
  const std::string indent = R"(<w:ind w:firstLineChars="200" w:firstLine="640"/>)";
  std::string s = fmt::format(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {}>)", kNs);
  s += fmt::format(R"(<w:docDefaults><w:rPrDefault><w:rPr>{}{}<w:kern w:val="2"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>{}</w:pPr></w:pPrDefault></w:docDefaults>)",
                   fonts(kBodyFont), body_size, exact);
  s += pstyle("Normal", "Normal", exact + indent + R"(<w:jc w:val="both"/>)", fonts(kBodyFont) + body_size, true);
  s += pstyle("Title", "Title", exact + R"(<w:ind w:firstLine="0"/><w:jc w:val="center"/>)",
              fonts(kTitleFont) + fmt::format(R"(<w:sz w:val="{0}"/><w:szCs w:val="{0}"/>)", kTitleHalfPoints));
  s += pstyle("Heading1", "heading 1", exact + indent + R"(<w:outlineLvl w:val="0"/>)", fonts(kHeading1Font) + body_size);
  s += pstyle("Heading2", "heading 2", exact + indent + R"(<w:jc w:val="both"/><w:outlineLvl w:val="1"/>)",
              fonts(kBodyFont) + body_size);
  s += pstyle("Heading3", "heading 3", exact + indent + R"(<w:jc w:val="both"/><w:outlineLvl w:val="2"/>)",
              fonts(kBodyFont) + body_size);
  s += pstyle("Heading4", "heading 4", exact + indent + R"(<w:jc w:val="both"/><w:outlineLvl w:val="3"/>)",
              fonts(kBodyFont) + body_size);
  s += pstyle("Signature", "Signature", exact + R"(<w:ind w:firstLine="0" w:rightChars="400" w:right="1280"/><w:jc w:val="right"/>)",
              fonts(kBodyFont) + body_size);
  s += pstyle("Footer", "footer", R"(<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/>)",
              fonts(kPageNumberFont) + fmt::format(R"(<w:sz w:val="{0}"/><w:szCs w:val="{0}"/>)", kPageNumberHalfPoints));
  // The level-2 heading sentence (楷体) inside a paragraph; levels 3/4 stay 仿宋.
  // 版头: the issuing-organ mark (小标宋, red, centred; its size is set per run so the
  // mark fits the line) and the document number (仿宋 三号, centred, the red rule under it).
  s += pstyle("OrganMark", "Organ mark",
              fmt::format(R"(<w:spacing w:before="{}" w:after="0" w:line="{}" w:lineRule="exact"/>)", kOrganMarkSpaceBefore,
                          kOrganMarkHalfPoints * 10 + 80) +
                  R"(<w:ind w:firstLine="0"/><w:jc w:val="center"/>)",
              fonts(kTitleFont) + fmt::format(R"(<w:color w:val="{0}"/><w:sz w:val="{1}"/><w:szCs w:val="{1}"/>)", kRed,
                                              kOrganMarkHalfPoints));
  s += pstyle("DocNumber", "Document number",
              fmt::format(R"(<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="4" w:color="{}"/></w:pBdr>)", kRed) +
                  exact + R"(<w:ind w:firstLine="0"/><w:jc w:val="center"/>)",
              fonts(kBodyFont) + body_size);
  // 版记: 四号 仿宋, one character in at both sides, between the rules (thick 0.35 mm,
  // thin 0.25 mm), framed at the bottom of the type area of the last page.
  s += pstyle("RecordBlock", "Record block",
              R"(<w:spacing w:before="0" w:after="0" w:line="440" w:lineRule="exact"/><w:ind w:left="280" w:right="280" w:firstLine="0"/><w:jc w:val="left"/>)",
              fonts(kBodyFont) + fmt::format(R"(<w:sz w:val="{0}"/><w:szCs w:val="{0}"/>)", kRecordHalfPoints));
  s += cstyle("Heading2Char", "heading 2 char", fonts(kHeading2Font));
  s += cstyle("HeadingBodyChar", "heading 3/4 char", fonts(kBodyFont));
  s += "</w:styles>";
  return s;
}

std::string footer_xml(bool odd) {
  // "— 1 —": em dashes around the PAGE field, one character in from the outside edge.
  const std::string ppr = odd ? R"(<w:jc w:val="right"/><w:ind w:firstLine="0" w:right="280"/>)"
                              : R"(<w:jc w:val="left"/><w:ind w:firstLine="0" w:left="280"/>)";
  return fmt::format(
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {}><w:p><w:pPr><w:pStyle w:val="Footer"/>{}</w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>)",
      kNs, ppr);
}

size_t chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// 版头 (GB/T 9704-2012 §7.2): mark, two blank lines, number with the red rule, two blank lines.
std::string header_xml(const DocumentHeader& h) {
  if (h.organ_mark.empty()) return {};
  const std::string blank = para("Normal", "", R"(<w:ind w:firstLine="0"/>)");
  // 初号, or smaller so the mark fits the 156 mm line (half-points).
  const int type_width_pt = (kPageWidth - kMarginLeft - kMarginRight) / 20;
  const int n = static_cast<int>(std::max<size_t>(1, chars(h.organ_mark)));
  const int half_points = std::min(kOrganMarkHalfPoints, 2 * type_width_pt / n);
  std::string b = para("OrganMark", fmt::format(R"(<w:r><w:rPr><w:sz w:val="{0}"/><w:szCs w:val="{0}"/></w:rPr><w:t xml:space="preserve">{1}</w:t></w:r>)",
                                                half_points, esc(h.organ_mark)));
  b += blank + blank;
  b += para("DocNumber", run(h.doc_number.empty() ? std::string(kDraftMark) : h.doc_number));
  b += blank + blank;
  return b;
}

// 版记 (GB/T 9704-2012 §7.4), framed at the bottom of the type area of the last page.
std::string record_xml(const DocumentHeader& h) {
  if (h.printer.empty()) return {};
  const int type_width = kPageWidth - kMarginLeft - kMarginRight;
  const std::string frame = fmt::format(
      R"(<w:framePr w:w="{}" w:wrap="notBeside" w:vAnchor="margin" w:hAnchor="margin" w:xAlign="center" w:yAlign="bottom"/>)",
      type_width);
  const std::string thick = R"(w:val="single" w:sz="8" w:space="1" w:color="000000")";
  const std::string thin = R"(w:val="single" w:sz="6" w:space="1" w:color="000000")";
  std::string b;
  std::string printer_borders = fmt::format(R"(<w:bottom {}/>)", thick);
  if (!h.copy_to.empty()) {
    std::string cc = h.copy_to;
    if (cc.size() < 3 || cc.substr(cc.size() - 3) != "。") cc += "。";
    b += para("RecordBlock", run("抄送：" + cc),
              frame + fmt::format(R"(<w:pBdr><w:top {}/><w:bottom {}/></w:pBdr>)", thick, thin));
  } else {
    printer_borders = fmt::format(R"(<w:top {}/>)", thick) + printer_borders;
  }
  b += para("RecordBlock", run(h.printer) + R"(<w:r><w:tab/></w:r>)" + run(h.print_date_zh + "印发"),
            frame + "<w:pBdr>" + printer_borders + "</w:pBdr>" +
                fmt::format(R"(<w:tabs><w:tab w:val="right" w:pos="{}"/></w:tabs>)", type_width - 2 * 280));
  return b;
}

std::string document_xml(const OfficialDocument& d) {
  std::string b = fmt::format(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {}><w:body>)", kNs);
  b += header_xml(d.header);
  b += para("Title", run(d.title));
  b += para("Normal", "", R"(<w:ind w:firstLine="0"/>)");  // one blank line under the title
  for (const auto& p : d.paragraphs) {
    switch (p.level) {
      case 1:
        b += para("Heading1", run(p.heading));
        break;
      case 2:
        b += para("Heading2", run(p.heading, "Heading2Char") + (p.text.empty() ? "" : run(p.text)));
        break;
      case 3:
      case 4:
        b += para(p.level == 3 ? "Heading3" : "Heading4",
                  run(p.heading, "HeadingBodyChar") + (p.text.empty() ? "" : run(p.text)));
        break;
      default:
        b += para("Normal", run(p.text));
    }
  }
  b += para("Normal", "", R"(<w:ind w:firstLine="0"/>)");
  b += para("Normal", "", R"(<w:ind w:firstLine="0"/>)");
  b += para("Signature", run(d.unit_name));
  b += para("Signature", run(d.date_zh));
  b += record_xml(d.header);
  b += fmt::format(
      R"(<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/>)"
      R"(<w:pgSz w:w="{}" w:h="{}"/><w:pgMar w:top="{}" w:right="{}" w:bottom="{}" w:left="{}" w:header="851" w:footer="1247" w:gutter="0"/>)"
      R"(<w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="{}" w:charSpace="-849"/></w:sectPr>)",
      kPageWidth, kPageHeight, kMarginTop, kMarginRight, kMarginBottom, kMarginLeft, kLinePitch);
  b += "</w:body></w:document>";
  return b;
}

}  // namespace

Result<std::string> write_docx(const OfficialDocument& doc) {
  std::vector<reports::ZipEntry> e;
  e.push_back({"[Content_Types].xml",
               R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>)"});
  e.push_back({"_rels/.rels",
               R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>)"});
  e.push_back({"docProps/core.xml",
               fmt::format(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title><dc:creator>{}</dc:creator></cp:coreProperties>)",
                           esc(doc.title), esc(doc.unit_name))});
  e.push_back({"word/_rels/document.xml.rels",
               R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/></Relationships>)"});
  e.push_back({"word/settings.xml",
               fmt::format(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {}><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/></w:settings>)",
                           kNs)});
  e.push_back({"word/styles.xml", styles_xml()});
  e.push_back({"word/document.xml", document_xml(doc)});
  e.push_back({"word/footer1.xml", footer_xml(true)});
  e.push_back({"word/footer2.xml", footer_xml(false)});
  auto zip = reports::write_zip(e);
  if (!zip) return Error::internal("annual: writing the DOCX archive failed");
  return *zip;
}

}  // namespace qf::annual

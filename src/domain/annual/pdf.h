#pragma once
// The annual report as a PDF in the official-document layout of GB/T 9704-2012, drawn
// with Cairo (PDF surface) and laid out with Pango (CJK line breaking, justification):
//   A4 (210 × 297 mm); margins top 37, bottom 35, left 28, right 26 mm: type area
//   156 × 225 mm; every line on a grid of 22 lines of 28 pt, 28 characters a line
//   (letter spacing fitted so 28 三号 characters fill 156 mm); title 二号 (22 pt)
//   centred, one blank line under it; body 三号 (16 pt) justified, first line indented
//   two characters; headings 一、 in 黑体, the （一） heading sentence in 楷体, 1. and （1）
//   in the body font; the issuing unit and the date at the end, right, four characters
//   in, after two blank lines; page numbers "— 1 —" in 四号 (14 pt), 7 mm under the type
//   area, outside (odd pages right, even pages left, one character in).
// The standard fonts are not free; the PDF embeds (subsets of) freely licensed fonts
// packaged by Debian, located at run time through fontconfig (no internet):
//   方正小标宋简体 → Noto Serif CJK SC Bold   (fonts-noto-cjk, SIL OFL 1.1)
//   仿宋_GB2312    → AR PL UMing CN          (fonts-arphic-uming, Arphic Public License)
//   黑体           → Noto Sans CJK SC        (fonts-noto-cjk)
//   楷体_GB2312    → AR PL UKai CN           (fonts-arphic-ukai, Arphic Public License)
//   宋体 (页码)    → Noto Serif CJK SC       (fonts-noto-cjk)
// A missing font is refused (503, naming the family and the package), never silently
// replaced by whatever fontconfig would fall back to.
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/annual/docx.h"

namespace qf::annual {

namespace pdf9704 {
inline constexpr double kMm = 72.0 / 25.4;  // points per millimetre
inline constexpr double kPageWidth = 210 * kMm, kPageHeight = 297 * kMm;
inline constexpr double kMarginTop = 37 * kMm, kMarginBottom = 35 * kMm;
inline constexpr double kMarginLeft = 28 * kMm, kMarginRight = 26 * kMm;
inline constexpr double kTypeWidth = 156 * kMm, kTypeHeight = 225 * kMm;
inline constexpr double kLinePitch = 28;  // pt
inline constexpr int kLinesPerPage = 22, kCharsPerLine = 28;
inline constexpr double kBodySize = 16, kTitleSize = 22, kPageNumberSize = 14;  // 三号, 二号, 四号
// 版头: the organ mark 初号 (42 pt, smaller when it would not fit the line), its ink's top
// 35 mm under the type area's top; the red rule 4 mm under the number's ink, 0.5 mm wide.
inline constexpr double kOrganMarkSize = 42, kOrganMarkTop = 35 * kMm;
inline constexpr double kRuleGap = 4 * kMm, kRuleWidth = 0.5 * kMm;
}  // namespace pdf9704

struct PdfFont {
  std::string standard;  // the font GB/T 9704 names
  std::string family;    // the free substitute embedded
  bool bold = false;
  std::string package;   // the Debian package that installs it
};
struct PdfFonts {
  PdfFont title, body, heading1, heading2, page_number;
};
const PdfFonts& pdf_fonts();

// Every substitute font, with whether fontconfig finds it (checked before each rendering).
std::vector<std::pair<PdfFont, bool>> pdf_font_status();

Result<std::string> write_pdf(const OfficialDocument& doc);

}  // namespace qf::annual

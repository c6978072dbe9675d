#pragma once
// The annual report as a DOCX in the official-document layout of GB/T 9704-2012,
// written by hand as WordprocessingML and zipped with minizip (reports/zip_in_memory):
//   A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (type area 156 × 225 mm);
//   title 方正小标宋简体 二号 (22 pt) centred; body 仿宋_GB2312 三号 (16 pt), exactly 28 pt
//   line spacing, a document grid of 22 lines × 28 characters, first line indented two
//   characters; headings 一、 黑体, （一） 楷体_GB2312, 1. and （1） 仿宋_GB2312; page
//   numbers "— 1 —" in 宋体 四号 (14 pt) at the bottom, outside (odd pages right, even
//   pages left, one character in); issuing unit and date (成文日期) at the end, right.
// The DOCX names the standard fonts, so it opens right on an office machine that has
// them (docs/modules/annual.md).
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/annual/report.h"

namespace qf::annual {

// The header (版头) and the closing block (版记) of GB/T 9704-2012 §7.2 and §7.4:
//   版头: the issuing-organ mark (发文机关标志) in 小标宋, red, centred, its top 35 mm under
//   the top of the type area; two blank lines, then the document number (发文字号)
//   centred in the body font; a red rule as wide as the type area 4 mm under the
//   number (版头中的分隔线); the title two blank lines under the rule.
//   A draft has no number: "草稿" stands in its place.
//   版记 at the foot of the last page: 抄送 (when any) and 印发机关 … 印发日期 in 四号, between
//   a thick first rule, a thin middle rule and a thick last rule, the last rule on the
//   bottom edge of the type area.
struct DocumentHeader {
  std::string organ_mark;  // "" = no header at all
  std::string doc_number;  // "" = draft
  std::string copy_to;     // "" = no 抄送 line
  std::string printer;     // 印发机关 ("" = no 版记)
  std::string print_date_zh;  // 2027年1月31日印发 (the date part)
};
inline constexpr const char* kDraftMark = "草稿";

struct OfficialDocument {
  std::string title;
  std::vector<Paragraph> paragraphs;
  std::string unit_name;
  std::string date_zh;  // 2026年12月31日
  DocumentHeader header;
};

// Layout constants (twentieths of a point), shared with the tests.
namespace gbt9704 {
inline constexpr int kPageWidth = 11906, kPageHeight = 16838;          // A4
inline constexpr int kMarginTop = 2098, kMarginBottom = 1984;          // 37 mm, 35 mm
inline constexpr int kMarginLeft = 1587, kMarginRight = 1474;          // 28 mm, 26 mm
inline constexpr int kLinePitch = 560;                                  // 28 pt
inline constexpr int kBodyHalfPoints = 32, kTitleHalfPoints = 44, kPageNumberHalfPoints = 28;
inline constexpr const char* kTitleFont = "方正小标宋简体";
inline constexpr const char* kBodyFont = "仿宋_GB2312";
inline constexpr const char* kHeading1Font = "黑体";
inline constexpr const char* kHeading2Font = "楷体_GB2312";
inline constexpr const char* kPageNumberFont = "宋体";
inline constexpr const char* kRed = "FF0000";
inline constexpr int kOrganMarkHalfPoints = 84;    // 初号 (42 pt), shrunk to fit the line
inline constexpr int kOrganMarkSpaceBefore = 1984; // 35 mm under the top of the type area
inline constexpr int kRecordHalfPoints = 28;       // 版记 四号
}  // namespace gbt9704

Result<std::string> write_docx(const OfficialDocument& doc);

}  // namespace qf::annual

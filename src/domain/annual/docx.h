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

struct OfficialDocument {
  std::string title;
  std::vector<Paragraph> paragraphs;
  std::string unit_name;
  std::string date_zh;  // 2026年12月31日
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
}  // namespace gbt9704

Result<std::string> write_docx(const OfficialDocument& doc);

}  // namespace qf::annual

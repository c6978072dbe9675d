#pragma once
// The figures of a year as an XLSX workbook, one sheet per section (figures.h
// sections()), each in the shared ledger layout (title, filter row, bordered cells,
// A4 landscape, 内部资料 marking): 指标 / 本年 / 上年 / 增减 / 单位 / 口径.
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/annual/figures.h"

namespace qf::annual {

struct FigureLine {
  FigureDef def;
  FigureValue current;
  FigureValue previous;
};

Result<std::string> figures_xlsx(int year, const std::string& scope_label, const std::string& exported_at,
                                 const std::vector<FigureLine>& lines);

}  // namespace qf::annual

#pragma once
// Helpers shared by the files that register figures (builtin_figures.cpp,
// record_figures.cpp): per-request caches, department names, month bucketing and the
// FigureDef builder. Internal to domain/annual.
#include <fmt/format.h>

#include <map>
#include <memory>
#include <string>

#include "domain/annual/figures.h"

namespace qf::annual::kit {

template <class T>
T& cached(FigureContext& ctx, const std::string& key) {
  auto& slot = ctx.cache[key];
  if (!slot) slot = std::make_shared<T>();
  return *std::static_pointer_cast<T>(slot);
}

// A department's name ("" for none), read once per request.
Result<std::string> dept_name(FigureContext& ctx, std::optional<int64_t> id);

// Month bucketing: whether a record dated `date` ('YYYY-MM-DD…', "" = undated) falls in
// the asked month of `year` (always true when no month is asked).
inline bool in_month(const FigureContext& ctx, int year, const std::string& date) {
  if (!ctx.month) return true;
  if (date.size() < 10) return false;
  return date.substr(0, 7) == fmt::format("{:04d}-{:02d}", year, *ctx.month);
}

// Marks a figure as honouring FigureContext::month, bucketed by the date named.
inline FigureDef by_month(FigureDef d, std::string basis_zh, std::string basis_en) {
  d.monthly = true;
  d.month_basis_zh = std::move(basis_zh);
  d.month_basis_en = std::move(basis_en);
  return d;
}

// A figure's description: its code, section, providing module, labels, definition and unit.
inline FigureDef figure(std::string code, std::string section, std::string module, std::string zh, std::string en,
                        std::string def_zh, std::string def_en, std::string unit_zh, std::string unit_en) {
  FigureDef d;
  d.code = std::move(code);
  d.section = std::move(section);
  d.module = std::move(module);
  d.label_zh = std::move(zh);
  d.label_en = std::move(en);
  d.definition_zh = std::move(def_zh);
  d.definition_en = std::move(def_en);
  d.unit_zh = std::move(unit_zh);
  d.unit_en = std::move(unit_en);
  return d;
}

}  // namespace qf::annual::kit

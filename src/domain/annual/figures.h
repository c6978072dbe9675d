#pragma once
// Figures of the year (年度统计数字): the registry every module provides its figures
// through, for the statistics page and the annual work report (docs/modules/annual.md).
// A figure is a count over records for a year and a department scope, with its
// definition written beside it (what is counted, from which records, which dates), a
// unit, and — when the caller may see the records — the rows behind it (drill-down).
//
// A module registers its figures with register_figure(). Figures the annual report
// expects from modules that are not built yet are declared with expect_figure(): until
// a module registers a figure with that code, it reads "暂无数据 / no data" (value
// nullopt), never zero. Registration happens in API registrars (certainly linked);
// the built-in figures of the modules that existed before this one are registered by
// register_builtin_figures() (builtin_figures.cpp), reusing their statistics code.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/clues/clue_config.h"
#include "store/database.h"

namespace qf::annual {

// One record behind a figure (drill-down row).
struct DrillRow {
  std::string ref;         // the record's number or id as users know it
  std::string title;       // what it is
  std::string department;  // owner department name ("" when none)
  std::string date;        // the date that placed it in the year
  std::string status;      // its state, in Chinese
};

struct FigureValue {
  std::optional<int64_t> count;   // nullopt = no data (with `reason_*`)
  std::string reason_zh;
  std::string reason_en;
  std::vector<DrillRow> rows;     // filled only when asked for
  static FigureValue of(int64_t n) { return FigureValue{n, {}, {}, {}}; }
  static FigureValue none(std::string zh, std::string en) { return FigureValue{std::nullopt, std::move(zh), std::move(en), {}}; }
};

// What a figure is computed over. Caches let several figures share one read.
struct FigureContext {
  store::Connection& conn;
  Date today;
  std::set<int64_t> departments;            // the department subtree; empty = the whole bureau
  std::optional<int64_t> department_id;     // the department chosen (for labels)
  bool want_rows = false;                   // fill FigureValue::rows
  clues::ClueConfig clue_config;            // deadline rules (the supervision statistics need them)
  std::map<std::string, std::shared_ptr<void>> cache;  // per-request caches of the providers
  // Month bucketing (dashboards' trends): 1–12 = only the records the figure's dating
  // places in that month of the year; nullopt = the whole year. Only figures with
  // FigureDef::monthly honour it (evaluate() answers "no data" for the others).
  std::optional<int> month;
  bool in_scope(std::optional<int64_t> department) const {
    return departments.empty() || (department && departments.count(*department) > 0);
  }
};

using FigureFn = std::function<Result<FigureValue>(FigureContext&, int year)>;

struct FigureDef {
  std::string code;            // stable: used as {{code}} in report templates
  std::string section;         // supervision | duty | risk | inspection | declaration | education | report
  std::string module;          // the module that provides it
  std::string label_zh, label_en;
  std::string definition_zh, definition_en;  // what is counted, from which records, which dates
  std::string unit_zh, unit_en;              // 个 / 次 / 人次 …
  std::string permission;      // who may see the count ("" = any holder of annual.read)
  std::string drill_permission;  // who may see the records ("" = nobody: aggregates only)
  FigureFn compute;            // empty = expected, not provided by any module yet
  // The compute honours FigureContext::month; month_basis_* says which date buckets it
  // ("按收到日期所在月"). Records of the year's count dated outside the year (e.g. a task
  // of this year's work points done next January) fall in no month.
  bool monthly = false;
  std::string month_basis_zh, month_basis_en;
};

// Registers (or replaces an expected placeholder of) a figure.
void register_figure(FigureDef def);
// Declares a figure the report expects from a module not built yet (no compute).
void expect_figure(FigureDef def);
// Every figure, in registration order (sections grouped as first registered).
std::vector<FigureDef> all_figures();
std::optional<FigureDef> find_figure(const std::string& code);
// Whether `who` may see the figure's count / its records.
bool may_see(const FigureDef& f, const auth::Principal& who);
bool may_drill(const FigureDef& f, const auth::Principal& who);

// Section labels (the XLSX sheets, the page's groups).
struct SectionLabel {
  std::string code, zh, en;
};
const std::vector<SectionLabel>& sections();

// A figure's value for a year (no data when nothing provides it).
Result<FigureValue> evaluate(const FigureDef& f, FigureContext& ctx, int year);

// The built-in figures of clues, talks, reports, duty, risk, declarations and
// inspections, and the expected education figures. Idempotent.
void register_builtin_figures();
// The figures counted from study sessions, education items and risk consultations
// (record_figures.cpp), with their records and department scope; called by the above.
void register_record_figures();

}  // namespace qf::annual

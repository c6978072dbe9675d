#pragma once
// Per-role dashboards (工作看板) of the annual module: for the Party secretary (党委书记),
// the discipline secretary (纪委书记) and the department head (部门负责人), charts of
// registered figures as trends over the months of a year and over the last years,
// each also as a table (docs/modules/annual.md "Dashboards").
//
// A chart names figure codes; a series is shown only when the caller may see the
// figure (may_see: clue and talk figures for clue.stats holders, reports for
// report.stats …) — need-to-know is the registry's, not repeated here. Months are
// computed by the figures themselves (FigureDef::monthly, FigureContext::month), so a
// month's value is the figure's own count restricted to that month; what the year's
// count holds but no month does (dated outside the year, undated) is `outside`, so the
// twelve months and `outside` add up to the year's value exactly. The scope (the
// department subtree) is the caller's: a department head's own departments.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/annual/figures.h"
#include "domain/auth/principal.h"

namespace qf::annual {

struct ChartDef {
  std::string key;
  std::string title_zh, title_en;
  std::vector<std::string> codes;
};

struct DashboardDef {
  auth::Role role;
  std::string code;  // the role's code: party_secretary | discipline_secretary | dept_head
  std::string title_zh, title_en;
  std::vector<ChartDef> charts;
};

// The dashboards, one per role that has one.
const std::vector<DashboardDef>& dashboards();
// The dashboards of the roles `who` holds (none for the three administrators).
std::vector<DashboardDef> dashboards_of(const auth::Principal& who);

struct Series {
  FigureDef def;
  std::vector<std::optional<int64_t>> months;  // 12 values when def.monthly, else empty
  std::optional<int64_t> outside;              // year's value minus the months (monthly only)
  std::optional<int64_t> total;                // the year's value (nullopt = no data)
  std::string reason_zh, reason_en;            // why no data, when so
  std::vector<std::optional<int64_t>> years;   // one per Dashboard::years
};

struct Chart {
  ChartDef def;
  std::vector<Series> series;  // the figures the caller may see, in the chart's order
};

struct Dashboard {
  DashboardDef def;
  int year = 0;
  std::vector<int> years;  // oldest first, ending with `year`
  std::vector<Chart> charts;
};

// Computes the dashboard for `year` (months) and the `span` years ending with it.
Result<Dashboard> compute_dashboard(const DashboardDef& def, FigureContext& ctx, int year, const auth::Principal& who,
                                    int span = 5);

}  // namespace qf::annual

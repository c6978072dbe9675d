// Statistics as XLSX sheets: see stats_export.h.
#include "domain/supervision_stats/stats_export.h"

#include <cmath>

namespace qf::supervision_stats {
namespace {

using spreadsheet::XlsxCell;
using spreadsheet::XlsxSheet;

XlsxSheet table_sheet(const SupervisionStats& s, const std::string& name, const std::string& first_header,
                      const std::vector<const StatsRow*>& rows, bool with_people = false) {
  XlsxSheet sh;
  sh.name = name;
  sh.columns.push_back({first_header, 28});
  for (const auto& l : slot_labels_zh(s.period, s.year)) sh.columns.push_back({l, 12});
  sh.columns.push_back({"合计", 8});
  sh.columns.push_back({std::to_string(s.year - 1) + "年", 10});
  sh.columns.push_back({"增减", 8});
  if (with_people) {
    sh.columns.push_back({"谈话人次", 10});
    sh.columns.push_back({std::to_string(s.year - 1) + "年人次", 12});
  }
  std::vector<int64_t> sums;
  auto add = [&](std::vector<XlsxCell>& cells, int64_t v) {
    const size_t k = cells.size() - 1;
    if (sums.size() <= k) sums.resize(k + 1, 0);
    sums[k] += v;
    cells.emplace_back(v);
  };
  for (const StatsRow* r : rows) {
    std::vector<XlsxCell> cells{r->label_zh};
    for (int64_t v : r->values) add(cells, v);
    add(cells, r->total);
    add(cells, r->previous_total);
    add(cells, r->change());
    if (with_people) {
      add(cells, r->people);
      add(cells, r->previous_people);
    }
    sh.rows.push_back(std::move(cells));
  }
  // The 合计 row: each column summed (spreadsheet::number_rows leaves it unnumbered).
  std::vector<XlsxCell> total{std::string("合计")};
  for (int64_t v : sums) total.emplace_back(v);
  if (!rows.empty()) sh.rows.push_back(std::move(total));
  return sh;
}

XlsxCell percent(std::optional<double> r) {
  if (!r) return std::string("—");
  return std::round(*r * 1000.0) / 10.0;
}

}  // namespace

std::vector<XlsxSheet> stats_sheets(const SupervisionStats& s) {
  struct Group {
    const char* key;
    const char* sheet;
    const char* header;
  };
  const Group groups[] = {{"source", "线索来源", "线索来源"},     {"category", "违纪类别", "违纪类别"},
                          {"disposition", "处置方式", "处置方式"}, {"state", "线索状态", "线索状态"},
                          {"form", "四种形态", "四种形态（人次）"}, {"measure", "处理措施", "处理措施（人次）"},
                          {"conclusion", "处理结论", "处理结论"}};
  std::vector<XlsxSheet> out;
  for (const auto& g : groups) {
    std::vector<const StatsRow*> rows;
    for (const auto& r : s.rows)
      if (r.key == g.key) rows.push_back(&r);
    out.push_back(table_sheet(s, g.sheet, g.header, rows));
  }
  XlsxSheet od;
  od.name = "期限逾期率";
  od.columns = {{"办理环节", 16}, {"设期限数", 10}, {"逾期数", 10}, {"逾期率（%）", 12},
                {std::to_string(s.year - 1) + "年设期限数", 16}, {std::to_string(s.year - 1) + "年逾期数", 14},
                {std::to_string(s.year - 1) + "年逾期率（%）", 18}};
  for (const auto& r : s.overdue_rates) {
    od.rows.push_back({std::string(clues::label_zh(r.stage)), r.with_deadline, r.overdue, percent(r.rate()),
                       r.previous_with_deadline, r.previous_overdue, percent(r.previous_rate())});
  }
  out.push_back(std::move(od));
  std::vector<const StatsRow*> talks;
  for (const auto& r : s.talks) talks.push_back(&r);
  out.push_back(table_sheet(s, "廉政谈话", "谈话种类（次）", talks, true));
  std::vector<const StatsRow*> depts;
  for (const auto& r : s.departments) depts.push_back(&r);
  out.push_back(table_sheet(s, "部门分布", "被反映人所在部门（件）", depts));
  return out;
}

}  // namespace qf::supervision_stats

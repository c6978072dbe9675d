// The figure registry: see figures.h.
#include "domain/annual/figures.h"

#include <algorithm>
#include <mutex>

namespace qf::annual {
namespace {

struct Registry {
  std::mutex mu;
  std::vector<FigureDef> defs;
};
Registry& registry() {
  static Registry r;
  return r;
}

void put(FigureDef def) {
  auto& r = registry();
  std::lock_guard lock(r.mu);
  for (auto& d : r.defs) {
    if (d.code == def.code) {
      // A provider replaces an expected placeholder; an expectation never replaces a provider.
      if (def.compute || !d.compute) d = std::move(def);
      return;
    }
  }
  r.defs.push_back(std::move(def));
}

}  // namespace

void register_figure(FigureDef def) { put(std::move(def)); }

void expect_figure(FigureDef def) {
  def.compute = nullptr;
  put(std::move(def));
}

std::vector<FigureDef> all_figures() {
  auto& r = registry();
  std::lock_guard lock(r.mu);
  std::vector<FigureDef> out = r.defs;
  std::map<std::string, size_t> order;
  for (const auto& s : sections()) order.emplace(s.code, order.size());
  std::stable_sort(out.begin(), out.end(), [&](const FigureDef& a, const FigureDef& b) {
    auto ia = order.count(a.section) ? order[a.section] : order.size();
    auto ib = order.count(b.section) ? order[b.section] : order.size();
    return ia < ib;
  });
  return out;
}

std::optional<FigureDef> find_figure(const std::string& code) {
  auto& r = registry();
  std::lock_guard lock(r.mu);
  for (const auto& d : r.defs)
    if (d.code == code) return d;
  return std::nullopt;
}

bool may_see(const FigureDef& f, const auth::Principal& who) {
  if (who.is_admin()) return false;
  return f.permission.empty() || who.can(f.permission);
}

bool may_drill(const FigureDef& f, const auth::Principal& who) {
  return may_see(f, who) && !f.drill_permission.empty() && who.can(f.drill_permission) && f.compute != nullptr;
}

const std::vector<SectionLabel>& sections() {
  static const std::vector<SectionLabel> s = {
      {"education", "理论学习与警示教育", "Study and warning education"},
      {"duty", "两个责任", "Two responsibilities"},
      {"inspection", "监督检查与整改", "Special checks and rectification"},
      {"risk", "廉政风险防控", "Integrity-risk prevention"},
      {"supervision", "监督执纪", "Supervision and discipline"},
      {"report", "信访举报", "Petitions and reports"},
      {"declaration", "个人有关事项报告", "Personal-matters reports"},
      {"approval", "因私出国（境）、兼职、经商办企业审批", "Trips abroad, side jobs, relatives' businesses"},
      {"coop", "廉政共建", "Co-construction with partner units"},
  };
  return s;
}

Result<FigureValue> evaluate(const FigureDef& f, FigureContext& ctx, int year) {
  if (!f.compute) {
    return FigureValue::none("暂无数据：" + f.module + " 模块尚未提供此数字",
                             "No data: module " + f.module + " does not provide this figure yet");
  }
  if (ctx.month && !f.monthly)
    return FigureValue::none("不按月统计：本项口径没有可按月归集的日期", "Not by month: the figure has no date to bucket by month");
  if (ctx.month && (*ctx.month < 1 || *ctx.month > 12))
    return Error::invalid("annual.month", "月份应为 1–12", "month must be 1–12", "month");
  return f.compute(ctx, year);
}

}  // namespace qf::annual

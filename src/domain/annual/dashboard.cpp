// Per-role dashboards: see dashboard.h.
#include "domain/annual/dashboard.h"

#include "domain/clues/clue_enums.h"

namespace qf::annual {

const std::vector<DashboardDef>& dashboards() {
  static const std::vector<DashboardDef> all = [] {
    std::vector<std::string> forms;
    for (const auto& f : clues::enum_labels<clues::DisciplineForm>()) forms.push_back("forms." + std::string(f.code));
    std::vector<DashboardDef> d;
    d.push_back({auth::Role::kPartySecretary,
                 "party_secretary",
                 "党委书记工作看板",
                 "Party secretary's dashboard",
                 {
                     {"duty", "两个责任落实", "Two responsibilities", {"duty.tasks", "duty.tasks_done"}},
                     {"inspection", "监督检查与整改", "Special checks and rectification",
                      {"inspections.checks", "inspections.items", "inspections.items_closed"}},
                     {"supervision", "监督执纪", "Supervision and discipline",
                      {"clues.received", "clues.disposed", "talks.total"}},
                     {"education", "理论学习与警示教育", "Study and warning education",
                      {"education.study_sessions", "education.warning_notices", "education.typical_cases"}},
                     {"risk", "廉政风险防控", "Integrity-risk prevention", {"risk.points", "risk.points_high"}},
                 }});
    d.push_back({auth::Role::kDisciplineSecretary,
                 "discipline_secretary",
                 "纪委书记工作看板",
                 "Discipline secretary's dashboard",
                 {
                     {"clues", "问题线索与信访举报", "Clues, petitions and reports",
                      {"clues.received", "clues.disposed", "reports.received"}},
                     {"forms", "运用监督执纪“四种形态”", "The four forms", forms},
                     {"talks", "廉政谈话", "Integrity talks", {"talks.total", "talks.people"}},
                     {"inspection", "整改落实", "Rectification", {"inspections.items", "inspections.items_closed"}},
                 }});
    d.push_back({auth::Role::kDeptHead,
                 "dept_head",
                 "部门负责人工作看板",
                 "Department head's dashboard",
                 {
                     {"duty", "本部门任务落实", "Tasks of the department", {"duty.tasks", "duty.tasks_done"}},
                     {"inspection", "本部门整改事项", "Rectification items of the department",
                      {"inspections.items", "inspections.items_closed"}},
                     {"risk", "本部门廉政风险点", "Risk points of the department", {"risk.points", "risk.points_high"}},
                 }});
    return d;
  }();
  return all;
}

std::vector<DashboardDef> dashboards_of(const auth::Principal& who) {
  std::vector<DashboardDef> out;
  if (who.is_admin()) return out;
  for (const auto& d : dashboards())
    if (who.has_role(d.role)) out.push_back(d);
  return out;
}

Result<Dashboard> compute_dashboard(const DashboardDef& def, FigureContext& ctx, int year, const auth::Principal& who,
                                    int span) {
  Dashboard out;
  out.def = def;
  out.year = year;
  for (int y = year - span + 1; y <= year; ++y) out.years.push_back(y);
  const std::optional<int> asked = ctx.month;
  for (const auto& cd : def.charts) {
    Chart chart;
    chart.def = cd;
    for (const auto& code : cd.codes) {
      auto f = find_figure(code);
      if (!f || !may_see(*f, who)) continue;
      Series s;
      s.def = *f;
      ctx.month = std::nullopt;
      for (int y : out.years) {
        QF_TRY(FigureValue v, evaluate(*f, ctx, y));
        s.years.push_back(v.count);
        if (y == year) {
          s.total = v.count;
          s.reason_zh = v.reason_zh;
          s.reason_en = v.reason_en;
        }
      }
      if (f->monthly && s.total) {
        int64_t sum = 0;
        for (int m = 1; m <= 12; ++m) {
          ctx.month = m;
          QF_TRY(FigureValue v, evaluate(*f, ctx, year));
          s.months.push_back(v.count);
          sum += v.count.value_or(0);
        }
        s.outside = *s.total - sum;
      }
      chart.series.push_back(std::move(s));
    }
    ctx.month = asked;
    if (!chart.series.empty()) out.charts.push_back(std::move(chart));
  }
  ctx.month = asked;
  return out;
}

}  // namespace qf::annual

// Figures counted record by record from the education module (study sessions, the
// warning-education films shown at 警示教育大会, notices and typical cases) and from the
// risk module's consultation meetings (廉政风险会商会诊): see figures.h and
// docs/modules/annual.md. Each has its records (drill-down), a month basis, and a
// department scope:
//  - a study session or consultation meeting counts for a department when one of its
//    attendees belongs (today) to it — the records keep attendees, not departments;
//  - a 领学 person-time counts for the leader's current department;
//  - a notice or typical case counts for a department when it was assigned to someone
//    of it (department at assignment).
// The bureau-wide counts equal the education module's year counts (education::year_counts).
#include <fmt/format.h>

#include <set>

#include "domain/annual/figure_kit.h"

namespace qf::annual {

namespace kit {
Result<std::string> dept_name(FigureContext& ctx, std::optional<int64_t> id) {
  struct Names {
    bool loaded = false;
    std::map<int64_t, std::string> names;
  };
  auto& n = cached<Names>(ctx, "names");
  if (!n.loaded) {
    QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, "supervision_stats/department_names")));
    for (const auto& r : rows) n.names[r.i64("id")] = r.text("name");
    n.loaded = true;
  }
  if (!id) return std::string();
  auto it = n.names.find(*id);
  return it == n.names.end() ? std::string() : it->second;
}
}  // namespace kit

namespace {

using kit::by_month;
using kit::cached;
using kit::dept_name;
using kit::figure;
using kit::in_month;

struct Attendee {
  std::string name;
  bool led = false;
  std::optional<int64_t> department;
};
// A dated record with the departments that place it in a scope (study session,
// education item, consultation meeting).
struct Dated {
  int64_t id = 0;
  std::string kind, date, number, title;
  std::vector<Attendee> people;             // sessions, meetings
  std::set<int64_t> departments;            // every department it reaches
};
using DatedList = std::vector<Dated>;

// Rows of one query for `year` grouped by record id (ordered by date, id).
template <class Fill>
Result<const DatedList*> grouped(FigureContext& ctx, const std::string& query, int year, Fill fill) {
  struct Cache {
    std::map<int, DatedList> by_year;
  };
  auto& c = cached<Cache>(ctx, "record:" + query);
  auto it = c.by_year.find(year);
  if (it != c.by_year.end()) return &it->second;
  QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, query),
                                   {fmt::format("{}-01-01", year), fmt::format("{}-12-31", year)}));
  DatedList out;
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    if (out.empty() || out.back().id != id) {
      out.push_back(Dated{});
      out.back().id = id;
    }
    Dated& d = out.back();
    fill(d, r);
    if (auto dept = r.opt_i64("department_id")) d.departments.insert(*dept);
  }
  return &c.by_year.emplace(year, std::move(out)).first->second;
}

Result<const DatedList*> sessions(FigureContext& ctx, int year) {
  return grouped(ctx, "annual/study_sessions", year, [](Dated& d, const store::Row& r) {
    d.kind = r.text("kind");
    d.date = r.text("held_on");
    d.title = r.text("topic");
    if (r.opt_i64("person_id"))
      d.people.push_back({r.text("person_name"), r.opt_i64("led").value_or(0) != 0, r.opt_i64("department_id")});
  });
}
Result<const DatedList*> items(FigureContext& ctx, int year) {
  return grouped(ctx, "annual/education_items", year, [](Dated& d, const store::Row& r) {
    d.kind = r.text("kind");
    d.date = r.text("published_on");
    d.number = r.text("number");
    d.title = r.text("title");
  });
}
Result<const DatedList*> consultations(FigureContext& ctx, int year) {
  return grouped(ctx, "annual/risk_consultations", year, [](Dated& d, const store::Row& r) {
    d.date = r.text("meeting_date");
    d.title = r.text("title");
    if (r.opt_i64("person_id")) d.people.push_back({"", false, r.opt_i64("department_id")});
  });
}

bool reaches(const FigureContext& ctx, const Dated& d) {
  if (ctx.departments.empty()) return true;
  for (int64_t id : d.departments)
    if (ctx.departments.count(id)) return true;
  return false;
}

// The names of the departments of `d` within the scope, joined with 、.
Result<std::string> scope_departments(FigureContext& ctx, const Dated& d) {
  std::string out;
  for (int64_t id : d.departments) {
    if (!ctx.departments.empty() && !ctx.departments.count(id)) continue;
    QF_TRY(std::string name, dept_name(ctx, id));
    if (name.empty()) continue;
    if (!out.empty()) out += "、";
    out += name;
  }
  return out;
}

using Source = Result<const DatedList*> (*)(FigureContext&, int);

// Records of `source` whose kind is `kind` ("" = any), dated in the year (and month).
FigureFn count_records(Source source, std::string kind, std::string status_zh) {
  return [source, kind, status_zh](FigureContext& ctx, int year) -> Result<FigureValue> {
    QF_TRY(const DatedList* list, source(ctx, year));
    FigureValue v = FigureValue::of(0);
    for (const auto& d : *list) {
      if (!kind.empty() && d.kind != kind) continue;
      if (!reaches(ctx, d) || !in_month(ctx, year, d.date)) continue;
      ++*v.count;
      if (ctx.want_rows) {
        QF_TRY(std::string depts, scope_departments(ctx, d));
        const std::string status = status_zh.empty() ? "" : fmt::format("{} {} 人", status_zh, d.people.size());
        v.rows.push_back({d.number.empty() ? std::to_string(d.id) : d.number, d.title, depts, d.date, status});
      }
    }
    return v;
  };
}

// 领学交流 person-times at the theory study sessions, by the leader's department.
Result<FigureValue> lead_study(FigureContext& ctx, int year) {
  QF_TRY(const DatedList* list, sessions(ctx, year));
  FigureValue v = FigureValue::of(0);
  for (const auto& d : *list) {
    if (d.kind != "center_group" || !in_month(ctx, year, d.date)) continue;
    for (const auto& p : d.people) {
      if (!p.led || !ctx.in_scope(p.department)) continue;
      ++*v.count;
      if (ctx.want_rows) {
        QF_TRY(std::string dept, dept_name(ctx, p.department));
        v.rows.push_back({std::to_string(d.id), fmt::format("{}（领学：{}）", d.title, p.name), dept, d.date, "领学交流"});
      }
    }
  }
  return v;
}

FigureDef education(std::string code, std::string zh, std::string en, std::string def_zh, std::string def_en,
                    std::string unit_zh, std::string unit_en, std::string drill, FigureFn fn, std::string basis_zh,
                    std::string basis_en) {
  FigureDef d = figure(std::move(code), "education", "education", std::move(zh), std::move(en), std::move(def_zh),
                       std::move(def_en), std::move(unit_zh), std::move(unit_en));
  d.drill_permission = std::move(drill);
  d.compute = std::move(fn);
  return by_month(std::move(d), std::move(basis_zh), std::move(basis_en));
}

}  // namespace

void register_record_figures() {
  register_figure(education(
      "education.study_sessions", "党委理论中心组学习", "Party committee theory study sessions",
      "本年举行的党委理论中心组学习次数，按学习活动登记的学习日期计（学习活动中类别为“党委理论学习中心组学习”的记录）。"
      "选部门时计有该部门人员（按参加人现所在部门）参加的学习。",
      "Theory study sessions of the Party committee held in the year, by the date recorded on the session; with a "
      "department, the sessions attended by someone of it (attendee's current department).",
      "次", "sessions", "study.read", count_records(&sessions, "center_group", "参加"), "按学习日期所在月",
      "by the month held"));
  register_figure(education(
      "education.lead_study", "党员领导干部领学交流", "Leading cadres leading the study",
      "本年党委理论中心组学习中登记为领学、交流发言的人次，按学习日期计；选部门时计该部门人员（按现所在部门）的领学人次。",
      "Person-times recorded as leading or speaking at the year's theory study sessions, by session date; with a "
      "department, those of its people (current department).",
      "人次", "person-times", "study.read", &lead_study, "按学习日期所在月", "by the month held"));
  register_figure(education(
      "education.warning_notices", "学习警示教育通报", "Warning-education notices studied",
      "本年发布并组织学习的警示教育通报期数（不含已归档），按发布日期计；选部门时计分配给该部门人员学习的期数"
      "（按分配时所在部门）。",
      "Warning-education notices published for study in the year (archived excluded), by publication date; with a "
      "department, those assigned to its people (department at assignment).",
      "期", "issues", "education.progress", count_records(&items, "notice", ""), "按发布日期所在月",
      "by the month published"));
  register_figure(education(
      "education.typical_cases", "学习典型案例", "Typical cases studied",
      "本年发布并组织学习的典型案例个数（不含已归档），按发布日期计；选部门时计分配给该部门人员学习的个数（按分配时所在部门）。",
      "Typical cases published for study in the year (archived excluded), by publication date; with a department, "
      "those assigned to its people (department at assignment).",
      "个", "cases", "education.progress", count_records(&items, "case", ""), "按发布日期所在月",
      "by the month published"));
  register_figure(education(
      "education.warning_films", "组织观看警示教育片", "Warning-education film showings",
      "本年组织观看警示教育片的次数：学习活动中类别为“警示教育大会（观看警示教育片）”的记录，按学习日期计；"
      "选部门时计有该部门人员（按参加人现所在部门）参加的场次。来源：学习活动。",
      "Warning-education films shown in the year: study sessions of kind \"warning-education meeting (film)\", by "
      "the date held; with a department, those attended by someone of it (attendee's current department).",
      "次", "showings", "study.read", count_records(&sessions, "warning_meeting", "参加"), "按学习日期所在月",
      "by the month held"));
  // Training with quizzes provides this figure (api/training_api.cpp registers it, which
  // replaces this expectation); declared here so the report knows it in any case.
  FigureDef t = figure("education.training_completed", "education", "training", "新入职和年轻干部廉政培训结业",
                       "New staff and young cadres completing integrity training",
                       "本年完成廉政培训课程并测试合格的人数（由培训测试模块提供，尚未建设）。",
                       "People who completed an integrity-training course and passed its quiz in the year (provided by "
                       "the training module, not built yet).",
                       "人", "people");
  expect_figure(std::move(t));

  FigureDef c = figure(
      "risk.consultations", "risk", "risk", "召开廉政风险会商会诊会议", "Integrity-risk consultation meetings",
      "本年召开的廉政风险会商会诊会议次数，按会议日期计。来源：廉政风险防控—会商会诊。选部门时计有该部门人员"
      "（按参会人现所在部门）参会的会议。",
      "Integrity-risk consultation meetings held in the year, by meeting date; with a department, the meetings "
      "attended by someone of it (attendee's current department).",
      "次", "meetings");
  c.drill_permission = "risk.consult.read";
  c.compute = count_records(&consultations, "", "参会");
  register_figure(by_month(std::move(c), "按会议日期所在月", "by the month of the meeting"));
}

}  // namespace qf::annual

// Demo data of the year-end assessment and the committee's meetings (两个责任, second
// part) for `qingfeng demo`: last year's template with every first-level department
// scored, this year's template started from it (its items linked to this year's work
// points) with all departments but two scored; a hearing of the discipline committee's
// report with three decisions, the first made a task of 规划处, and a situation
// analysis. Runs after the duty demo (order 20: the work points); skips itself when
// assessment items exist, so `demo --force` stays safe.
#include <iostream>

#include <fmt/format.h>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/auth/principal.h"
#include "domain/duty/assessment.h"
#include "domain/duty/meetings.h"

namespace qf::cli {
namespace {

Status fill(store::Connection& conn, int64_t now) {
  const Date today = Date::from_unix_ms(now);
  const int year = today.year();
  QF_TRY(auto jiwei, auth::find_by_username(conn, "jiwei"));
  QF_TRY(auto dangwei, auth::find_by_username(conn, "dangwei"));
  QF_TRY(auto banzi, auth::find_by_username(conn, "banzi"));
  if (!jiwei || !dangwei) return {};
  auth::Principal scorer;
  scorer.account_id = jiwei->id;
  scorer.unit_wide = true;

  struct ItemPlan {
    const char* title;
    int weight;
    const char* rule;
    int point;  // index of this year's work point (1-based), 0 = none
  };
  const ItemPlan plans[] = {
      {"落实党风廉政建设主体责任", 30, "责任分解到位、按期报送进展得满分；任务逾期一项扣 5 分，未报送进展一次扣 2 分", 1},
      {"廉政风险防控和负面清单管理", 25, "风险点排查全覆盖、防控措施落实得满分；风险点未按期复核一项扣 3 分", 2},
      {"重点领域监督和作风建设", 25, "专项检查发现问题按期整改得满分；整改逾期一项扣 5 分", 3},
      {"廉洁教育和警示教育", 10, "按计划组织学习教育、参学率 95% 以上得满分；每低 5 个百分点扣 2 分", 0},
      {"信访举报和问题线索办理配合", 10, "按期反馈核查情况得满分；逾期反馈一次扣 2 分", 0},
  };
  std::vector<duty::AssessItemInput> last;
  for (const auto& p : plans) last.push_back({std::nullopt, p.title, p.weight, p.rule, std::nullopt});
  QF_TRY_STATUS(duty::save_template(conn, year - 1, last, now));
  QF_TRY(int64_t copied, duty::copy_template(conn, year, now));
  (void)copied;
  // Link this year's items to this year's work points (同考核).
  QF_TRY(auto points, conn.query(store::sql(conn, "duty/work_points_of_year"), {int64_t{year}}));
  QF_TRY(auto items, duty::assess_items(conn, year));
  std::vector<duty::AssessItemInput> linked;
  for (size_t i = 0; i < items.size(); ++i) {
    duty::AssessItemInput in{items[i].id, items[i].title, items[i].weight, items[i].scoring_rule, std::nullopt};
    const int point = i < std::size(plans) ? plans[i].point : 0;
    if (point > 0 && static_cast<size_t>(point) <= points.size()) in.work_point_id = points[point - 1].i64("id");
    linked.push_back(std::move(in));
  }
  QF_TRY_STATUS(duty::save_template(conn, year, linked, now));

  // Scores: every first-level department last year, all but the last two this year.
  QF_TRY(auto deps, conn.query(store::sql(conn, "duty/assess_departments")));
  QF_TRY(auto last_items, duty::assess_items(conn, year - 1));
  const char* const kComments[] = {"责任落实到位，资料齐全", "个别任务进展报送不及时", "整改按期完成",
                                   "学习教育参学率较高", ""};
  for (int y : {year - 1, year}) {
    const auto& its = y == year ? items : last_items;
    for (size_t d = 0; d < deps.size(); ++d) {
      if (y == year && d + 2 >= deps.size()) break;
      std::vector<duty::ScoreInput> scores;
      for (size_t i = 0; i < its.size(); ++i) {
        // 78.0–99.5, varied by department, item and year; 规划处-like ties are allowed.
        const int tenths = 780 + static_cast<int>((d * 37 + i * 53 + static_cast<size_t>(y) * 11) % 216);
        scores.push_back({its[i].id, tenths / 10.0, kComments[(d + i) % std::size(kComments)]});
      }
      QF_TRY_STATUS(duty::save_scores(conn, scorer, y, deps[d].i64("id"), scores, jiwei->display_name, now));
    }
  }

  // Meetings: a hearing of the discipline committee's report (one decision made a task)
  // and a situation analysis.
  std::vector<int64_t> attendees;
  for (const auto& a : {dangwei, jiwei, banzi})
    if (a && a->person_id) attendees.push_back(*a->person_id);
  duty::MeetingInput hearing;
  hearing.kind = "report_hearing";
  hearing.meeting_date = today.add_days(-40).to_string();
  hearing.title = fmt::format("局党委会听取纪委{}年度党风廉政建设和反腐败工作汇报", year);
  hearing.minutes =
      "会议听取了局纪委关于本年度党风廉政建设和反腐败工作情况的汇报。会议认为，局纪委履行监督责任有力，"
      "廉政风险防控和作风建设取得成效；同时指出规划审批、经费支出等环节仍存在廉政风险。会议研究了下一步工作。";
  hearing.attendee_ids = attendees;
  hearing.decisions = {"规划处对规划审批岗位廉政风险点开展专项复核，更新防控措施",
                       "各部门于年底前完成负面清单执行情况自查并报局纪委",
                       "局纪委牵头组织一次以案促改专题警示教育"};
  QF_TRY(int64_t meeting, duty::create_meeting(conn, hearing, dangwei->id, now));
  QF_TRY(auto m, duty::get_meeting(conn, meeting));
  QF_TRY(auto ghc, conn.query(store::sql(conn, "duty/department_by_code"), {std::string("GHC")}));
  if (!ghc.empty() && points.size() >= 2 && !m.decisions.empty()) {
    duty::TaskInput in;
    in.work_point_id = points[1].i64("id");
    in.owner_department_id = ghc.front().i64("id");
    in.deadline_date = today.add_days(45).to_string();
    QF_TRY(int64_t task, duty::decision_to_task(conn, meeting, m.decisions.front().id, in, now));
    (void)task;
  }
  duty::MeetingInput analysis;
  analysis.kind = "situation_analysis";
  analysis.meeting_date = today.add_days(-100).to_string();
  analysis.title = fmt::format("{}年度党风廉政建设形势分析会", year);
  analysis.minutes = "会议分析了全局党风廉政建设形势，梳理了重点领域廉政风险，部署了下阶段监督检查重点。";
  analysis.attendee_ids = attendees;
  analysis.decisions = {"财务处对公务接待和差旅费报销开展专项检查"};
  QF_TRY(int64_t second, duty::create_meeting(conn, analysis, jiwei->id, now));
  (void)second;
  return {};
}

void demo_duty_assessment(store::Database& db) {
  {
    auto lease = db.acquire();
    if (!lease.ok()) fail(lease.error());
    auto n = lease->get().query_one(store::sql(lease->get(), "duty/any_assess_item"));
    if (!n.ok()) fail(n.error());
    if (n->i64("n") > 0) {
      std::cout << "\n年度考核已有模板，未再添加演示数据。/ Assessment items exist; no demo assessment data added.\n";
      return;
    }
  }
  SystemClock clock;
  auto st = db.transaction([&](store::Connection& c) { return fill(c, clock.now_ms()); });
  if (!st.ok()) fail(st.error());
  std::cout << "\n年度考核与会议 / Assessment and meetings: 上一年度和本年度考核评分、党委听取纪委汇报（一项决定已转为任务）、形势分析会\n";
}

}  // namespace

QF_REGISTER_DEMO(22, "duty_assessment", [](DemoContext& d) { demo_duty_assessment(d.db); });

}  // namespace qf::cli

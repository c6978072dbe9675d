// Demo data of the two responsibilities (两个责任) for `qingfeng demo`: last year's and
// this year's responsibility lists (this year's started as a copy of last year's, then
// one item changed), this year's work points broken into tasks in every state — not
// started, in progress, done, and one overdue (规划处's, so the demo department head
// and the committee member overseeing 规划处 both meet it) — with milestones and
// progress reports. Skips itself when work points exist, so `demo --force` stays safe.
#include <iostream>

#include <fmt/format.h>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/auth/principal.h"
#include "domain/duty/duty.h"

namespace qf::cli {
namespace {

Result<int64_t> dept(store::Connection& conn, const char* code) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/department_by_code"), {std::string(code)}));
  if (rs.empty()) return Error::internal(std::string("demo duty: no department ") + code);
  return rs.front().i64("id");
}

Status fill(store::Connection& conn, int64_t now) {
  const Date today = Date::from_unix_ms(now);
  const int year = today.year();
  QF_TRY(auto head, auth::find_by_username(conn, "chuzhang"));
  QF_TRY(auto secretary, auth::find_by_username(conn, "dangwei"));
  std::optional<int64_t> head_person = head ? head->person_id : std::nullopt;
  auth::Principal all;
  all.unit_wide = true;
  all.permissions = {"duty.manage"};

  // Last year's lists: primary, supervisory, and each committee member's dual duty.
  const char* const kPrimary[] = {
      "把党风廉政建设纳入全局工作总体布局，与业务工作同谋划、同部署、同落实、同考核",
      "每半年专题研究党风廉政建设工作，听取纪委工作汇报",
      "党委书记履行第一责任人职责，对重要工作亲自部署、重大问题亲自过问",
      "落实意识形态工作责任制和干部选拔任用工作监督"};
  const char* const kSupervisory[] = {
      "协助党委推进全面从严治党，开展廉政风险排查和防控",
      "强化监督执纪问责，运用监督执纪“四种形态”",
      "对领导干部个人有关事项报告开展抽查核实",
      "督促各部门落实负面清单，开展执行情况检查"};
  for (size_t i = 0; i < std::size(kPrimary); ++i) {
    QF_TRY(int64_t id, duty::add_list_item(conn, {year - 1, duty::ListKind::kPrimary, std::nullopt,
                                                  static_cast<int>(i + 1), kPrimary[i]}, now));
    (void)id;
  }
  for (size_t i = 0; i < std::size(kSupervisory); ++i) {
    QF_TRY(int64_t id, duty::add_list_item(conn, {year - 1, duty::ListKind::kSupervisory, std::nullopt,
                                                  static_cast<int>(i + 1), kSupervisory[i]}, now));
    (void)id;
  }
  QF_TRY(auto oversight, duty::current_oversight(conn, today.to_string()));
  for (const auto& o : oversight) {
    std::string names;
    for (const auto& [id, name] : o.departments) names += (names.empty() ? "" : "、") + name;
    if (names.empty()) continue;
    QF_TRY(int64_t a, duty::add_list_item(conn, {year - 1, duty::ListKind::kDual, o.person_id, 1,
                                                 "督促分管部门（" + names + "）落实党风廉政建设责任"}, now));
    QF_TRY(int64_t b, duty::add_list_item(conn, {year - 1, duty::ListKind::kDual, o.person_id, 2,
                                                 "每年至少听取一次分管部门廉政风险防控情况汇报"}, now));
    (void)a;
    (void)b;
  }
  // This year's starts from last year's, then the Party committee adds its new item.
  QF_TRY(int64_t copied, duty::copy_previous_year(conn, year, now));
  (void)copied;
  QF_TRY(int64_t extra, duty::add_list_item(conn, {year, duty::ListKind::kPrimary, std::nullopt, 5,
                                                   "推进清廉机关建设，开展“以案促改”专题警示教育"}, now));
  (void)extra;

  // This year's work points and tasks.
  QF_TRY(int64_t p1, duty::create_work_point(conn, year, "压紧压实管党治党政治责任", 1, now));
  QF_TRY(int64_t p2, duty::create_work_point(conn, year, "深化廉政风险防控和负面清单管理", 2, now));
  QF_TRY(int64_t p3, duty::create_work_point(conn, year, "加强重点领域监督和作风建设", 3, now));
  QF_TRY(int64_t ghc, dept(conn, "GHC"));
  QF_TRY(int64_t chdl, dept(conn, "CHDL"));
  QF_TRY(int64_t spc, dept(conn, "SPC"));
  QF_TRY(int64_t bgs, dept(conn, "BGS"));
  QF_TRY(int64_t cwc, dept(conn, "CWC"));
  QF_TRY(int64_t zfzd, dept(conn, "ZFZD"));
  auto day = [&](int n) { return today.add_days(n).to_string(); };
  struct Plan {
    int64_t point;
    const char* title;
    int64_t department;
    std::optional<int64_t> person;
    int deadline_in;  // days from today
    duty::TaskStatus status;
    int progress;
    const char* report;
  };
  const Plan plans[] = {
      {p1, "制定年度党风廉政建设责任分解方案", bgs, std::nullopt, -60, duty::TaskStatus::kDone, 100,
       "方案已经局党委会审议通过并印发"},
      {p1, "开展班子成员“一岗双责”履职情况述责述廉", bgs, std::nullopt, 20, duty::TaskStatus::kInProgress, 50,
       "已收集班子成员述责述廉报告 4 份"},
      {p2, "规划编制岗位廉政风险排查与防控措施更新", ghc, head_person, -10, duty::TaskStatus::kInProgress, 40,
       "已完成风险点梳理，防控措施待处务会审定"},
      {p2, "规划审查环节负面清单执行情况自查", ghc, head_person, 25, duty::TaskStatus::kNotStarted, 0, nullptr},
      {p2, "测绘项目经费支出廉政风险自查", chdl, std::nullopt, 40, duty::TaskStatus::kNotStarted, 0, nullptr},
      {p3, "审批窗口作风建设专项检查", spc, std::nullopt, -30, duty::TaskStatus::kDone, 100, "检查完成，发现问题 3 个，已整改"},
      {p3, "财务报销制度执行情况监督检查", cwc, std::nullopt, 6, duty::TaskStatus::kInProgress, 70,
       "已抽查报销凭证 120 份"},
      {p3, "执法过程全记录制度落实情况检查", zfzd, std::nullopt, 90, duty::TaskStatus::kNotStarted, 0, nullptr},
  };
  for (const Plan& p : plans) {
    duty::TaskInput in;
    in.work_point_id = p.point;
    in.title = p.title;
    in.owner_department_id = p.department;
    in.owner_person_id = p.person;
    in.deadline_date = day(p.deadline_in);
    in.milestones = {{"制定工作方案", day(p.deadline_in - 45)}, {"完成并报送总结", day(p.deadline_in)}};
    QF_TRY(int64_t id, duty::create_task(conn, in, now));
    if (!p.report) continue;
    QF_TRY(duty::Task t, duty::get_task(conn, all, id, today.to_string()));
    duty::ProgressInput pr;
    pr.content = p.report;
    pr.progress = p.progress;
    pr.status = p.status;
    pr.milestones_done = {t.milestones.front().id};
    // 规划处's own head reports its tasks; the Party committee office the others'.
    const auto& reporter = p.department == ghc && head ? head : secretary;
    if (!reporter) continue;
    QF_TRY_STATUS(duty::report_progress(conn, t, reporter->id, reporter->display_name, pr, today.to_string(), now));
  }
  return {};
}

void demo_duty(store::Database& db) {
  {
    auto lease = db.acquire();
    if (!lease.ok()) fail(lease.error());
    auto n = lease->get().query_one(store::sql(lease->get(), "duty/any_work_point"));
    if (!n.ok()) fail(n.error());
    if (n->i64("n") > 0) {
      std::cout << "\n两个责任已有工作要点，未再添加演示数据。/ Work points exist; no demo duty data added.\n";
      return;
    }
  }
  SystemClock clock;
  auto st = db.transaction([&](store::Connection& c) { return fill(c, clock.now_ms()); });
  if (!st.ok()) fail(st.error());
  std::cout << "\n两个责任 / Two responsibilities: 上一年度和本年度责任清单、工作要点与任务分解（含逾期一项）\n";
}

}  // namespace

QF_REGISTER_DEMO(20, "duty", [](DemoContext& d) { demo_duty(d.db); });

}  // namespace qf::cli

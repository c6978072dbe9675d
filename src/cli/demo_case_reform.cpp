// Demo data of case-driven reform (以案促改) for `qingfeng demo`: one reform notice
// issued by the discipline secretary from the demo's closed clue of 2026-02-09 (审计发现
// 公务接待超标准, closed with a first-form measure), written for the departments in the
// committee's words (no names, no clue number), with measures for two departments:
// 财务处 (reception expenses reimbursed without the 接待清单 check; reported done with
// evidence, awaiting verification) and 办公室 (the meeting-expenditure rules allow meals
// with the units the bureau serves; being rectified). The regulation demo (order 64)
// then issues the new version of 会议费管理办法 and links it to this notice as its
// "rules changed" (规章制度修订). Deadlines are ahead of today, so nothing is overdue.
// Skips itself when a reform notice exists, or when the clue or the departments are absent.
#include <iostream>

#include "cli/command.h"
#include "cli/demo_case_reform.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/inspections/case_reform.h"
#include "domain/inspections/inspection.h"

namespace qf::cli {
namespace {

namespace ins = qf::inspections;

Status fill(store::Connection& conn, int64_t now, std::string* number) {
  QF_TRY(auto existing, conn.query_one("SELECT COUNT(*) AS n FROM case_reforms"));
  if (existing.i64("n") > 0) return Status{};
  QF_TRY(auto jiwei, auth::find_by_username(conn, "jiwei"));
  if (!jiwei) return Status{};
  QF_TRY(auth::Principal secretary, auth::load_principal(conn, jiwei->id, now));
  QF_TRY(auto clue, conn.query("SELECT id FROM clues WHERE state = 'closed' AND received_date = '2026-02-09' ORDER BY id"));
  QF_TRY(auto cwc, conn.query("SELECT id FROM departments WHERE code = 'CWC' AND archived_at IS NULL"));
  QF_TRY(auto bgs, conn.query("SELECT id FROM departments WHERE code = 'BGS' AND archived_at IS NULL"));
  if (clue.empty() || cwc.empty() || bgs.empty()) return Status{};
  const Date today = Date::from_unix_ms(now);
  auto day = [&](int n) { return today.add_days(n).to_string(); };
  ins::ReformInput in;
  in.clue_id = clue.front().i64("id");
  in.title = kDemoReformTitle;
  in.summary =
      "局纪委在处置审计移送问题中发现，本局个别部门在公务接待中存在超标准安排工作餐、以会议名义列支接待费用等问题，"
      "已按规定处理。";
  in.loopholes =
      "一是接待费用报销只审发票，未核对接待清单和公函，审核流于形式；二是《会议费管理办法》未明确禁止会议期间与"
      "管理服务对象同桌就餐、接受其安排的宴请，制度存在空白。";
  in.measures = {
      {cwc.front().i64("id"), "公务接待费用报销未核对接待清单和公函",
       "修订报销审核要点，接待费用一律凭公函、审批单和接待清单报销；对本年度接待费用开展一次自查", day(30)},
      {bgs.front().i64("id"), "《会议费管理办法》对会议期间接受管理服务对象宴请未作禁止性规定",
       "修订《会议费管理办法》，明确会议期间不得接受管理服务对象宴请或由其安排食宿，并组织全员学习", day(45)},
  };
  QF_TRY(int64_t id, ins::create_case_reform(conn, secretary, in, today.to_string(), now));
  QF_TRY(ins::CaseReform f, ins::get_case_reform(conn, secretary, id, today.to_string()));
  *number = f.number;
  // 财务处 reported its measure done; the committee has still to verify it.
  auth::Principal head;
  head.display_name = "财务处负责人";
  head.department_ids = {cwc.front().i64("id")};
  head.permissions = {std::string(ins::kRectificationReport), std::string(ins::kInspectionRead)};
  for (const auto& it : f.items)
    if (it.owner_department_id == cwc.front().i64("id")) {
      QF_TRY(auto done, ins::act(conn, head, it.id,
                                 {ins::RectificationAction::kReport, "已修订报销审核要点并完成本年度接待费用自查，未发现新的超标准问题",
                                  "《公务接待费用报销审核要点（修订）》；接待费用自查报告"},
                                 today.to_string(), now));
      (void)done;
    }
  return Status{};
}

}  // namespace

void demo_case_reform(store::Database& db) {
  SystemClock clock;
  std::string number;
  auto st = db.transaction([&](store::Connection& c) { return fill(c, clock.now_ms(), &number); });
  if (!st.ok()) fail(st.error());
  if (number.empty()) {
    std::cout << "\n以案促改：已有通知或缺少演示线索，未再添加。/ Case-driven reform: none added.\n";
    return;
  }
  std::cout << "\n以案促改 / Case-driven reform: " << number
            << "（财务处、办公室两项整改建议；会议费管理办法据此修订）/ one notice, two departments\n";
}

QF_REGISTER_DEMO(52, "case_reform", [](DemoContext& d) { demo_case_reform(d.db); });

}  // namespace qf::cli

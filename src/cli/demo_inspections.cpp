// Demo data of special checks and the rectification ledger (监督检查与整改) for
// `qingfeng demo`: two checks of the kinds the annual report names — 作风建设年 and
// 巡视整改 — with scope, checklist and findings, their items in every state of the
// ledger: one past its deadline (规划处, so the demo department head and the
// discipline committee get an overdue reminder), one due within the week, one reported
// and awaiting verification, one closed, and the rest being rectified. Dates are
// relative to today so the overdue one stays overdue. Skips itself when a check exists,
// so `demo --force` stays safe.
#include <iostream>
#include <map>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/inspections/inspection.h"

namespace qf::cli {
namespace {

namespace ins = qf::inspections;

// The department head of `dept` reporting: the demo has an account only for 规划处's
// head, so the others are principals of their department with the head's name.
auth::Principal head_of(int64_t dept, const std::string& name) {
  auth::Principal p;
  p.display_name = name;
  p.department_ids = {dept};
  p.permissions = {std::string(ins::kRectificationReport), std::string(ins::kInspectionRead)};
  return p;
}

Status fill(store::Connection& conn, int64_t now, bool* added) {
  QF_TRY(auto existing, conn.query_one("SELECT COUNT(*) AS n FROM inspection_checks"));
  if (existing.i64("n") > 0) return Status{};
  QF_TRY(auto jiwei, auth::find_by_username(conn, "jiwei"));
  if (!jiwei) return Status{};
  QF_TRY(auth::Principal secretary, auth::load_principal(conn, jiwei->id, now));
  QF_TRY(auto rows, conn.query("SELECT id, code, name FROM departments WHERE archived_at IS NULL"));
  std::map<std::string, int64_t> dept;
  std::map<int64_t, std::string> name;
  for (const auto& r : rows) {
    dept[r.text("code")] = r.i64("id");
    name[r.i64("id")] = r.text("name") + "负责人";
  }
  for (const char* code : {"GHC", "CWC", "SPC", "BGS", "FGC"})
    if (!dept.count(code)) return Status{};
  const Date today = Date::from_unix_ms(now);
  auto day = [&](int n) { return today.add_days(n).to_string(); };

  ins::CheckInput conduct{"conduct_year",
                          "“作风建设年”活动专项监督检查",
                          "根据局党委《“作风建设年”活动实施方案》，局纪委对各部门作风建设情况开展专项监督检查："
                          "查阅资料、个别谈话、实地察看，聚焦不担当、不作为、办事拖沓等问题。",
                          day(-75),
                          day(-30),
                          {dept["GHC"], dept["CWC"], dept["SPC"]},
                          {"是否存在推诿扯皮、办事拖沓问题", "会议费、培训费、差旅费支出是否合规",
                           "服务承诺和办事指南是否公开"}};
  QF_TRY(int64_t first, ins::create_check(conn, conduct, secretary.account_id, now));
  QF_TRY(ins::SupervisionCheck c1, ins::get_check(conn, secretary, first));
  struct Finding {
    const char* dept;
    int point;  // 1-based checklist point
    const char* finding;
    const char* measures;
    int deadline_in_days;
  };
  const Finding conduct_findings[] = {
      {"GHC", 1, "部分规划审查意见未在承诺时限内办结，存在办事拖沓现象", "梳理在办事项清单，明确每件办结时限，每周通报进度", -10},
      {"CWC", 2, "2025年度部分会议费报销附件不全，缺少会议通知和签到表", "补齐附件，修订会议费报销审核要点", 20},
      {"SPC", 3, "审批窗口服务承诺公示内容不完整", "更新窗口公示牌和网上办事指南", -20},
  };
  std::vector<int64_t> c1_items;
  for (const auto& f : conduct_findings) {
    ins::ItemInput in{f.finding, f.measures, day(f.deadline_in_days), dept[f.dept], c1.checklist[f.point - 1].id};
    QF_TRY(int64_t id, ins::create_item(conn, secretary, first, in, now));
    c1_items.push_back(id);
  }
  const std::string t = today.to_string();
  auto step = [&](const auth::Principal& who, int64_t id, ins::RectificationAction a, const std::string& note,
                  const std::string& evidence) -> Status {
    QF_TRY(ins::RectificationItem it, ins::act(conn, who, id, {a, note, evidence}, t, now));
    (void)it;
    return Status{};
  };
  using A = ins::RectificationAction;
  // 规划处: a progress report, then the deadline passed without the work reported done.
  const auth::Principal ghc = head_of(dept["GHC"], name[dept["GHC"]]);
  QF_TRY_STATUS(step(ghc, c1_items[0], A::kProgress, "已梳理在办事项23件，办结15件，其余8件正在加快办理", ""));
  // 财务处: reported done with evidence, awaiting the committee's verification.
  const auth::Principal cwc = head_of(dept["CWC"], name[dept["CWC"]]);
  QF_TRY_STATUS(step(cwc, c1_items[1], A::kReport, "已补齐2025年度会议费报销附件42份，修订会议费报销审核要点",
                     "《会议费报销审核要点（2026年修订）》；补齐附件清单（42份）"));
  // 审批处: reported, sent back once, reported again and closed.
  const auth::Principal spc = head_of(dept["SPC"], name[dept["SPC"]]);
  QF_TRY_STATUS(step(spc, c1_items[2], A::kReport, "已更新窗口公示牌", "窗口公示牌照片"));
  QF_TRY_STATUS(step(secretary, c1_items[2], A::kReturn, "网上办事指南尚未同步更新，请一并整改", ""));
  QF_TRY_STATUS(step(spc, c1_items[2], A::kReport, "窗口公示牌和网上办事指南均已更新", "窗口公示牌照片；网上办事指南更新页面截图"));
  QF_TRY_STATUS(step(secretary, c1_items[2], A::kAccept, "经实地察看和网上核对，整改到位，予以销号", ""));

  ins::CheckInput tour{"inspection_tour",
                       "市委巡视反馈问题整改落实情况监督检查",
                       "对照市委第三巡视组反馈意见，逐项督促责任部门制定整改措施、明确整改时限，按期核查销号。",
                       day(-30),
                       day(60),
                       {dept["GHC"], dept["BGS"], dept["FGC"]},
                       {"整改方案是否逐项明确责任部门和时限", "制度建设是否跟进"}};
  QF_TRY(int64_t second, ins::create_check(conn, tour, secretary.account_id, now));
  QF_TRY(ins::SupervisionCheck c2, ins::get_check(conn, secretary, second));
  const Finding tour_findings[] = {
      {"GHC", 2, "规划编制项目委托程序不够规范，个别项目未经集体研究", "修订规划编制项目委托管理办法，重大项目一律集体研究", 40},
      {"BGS", 2, "公文处理时限管理制度需修订完善", "修订公文处理办法，增加办理时限督办条款", 5},
      {"FGC", 1, "合法性审查台账登记不完整", "补登2025年度审查台账，明确专人管理", 50},
  };
  for (const auto& f : tour_findings) {
    ins::ItemInput in{f.finding, f.measures, day(f.deadline_in_days), dept[f.dept], c2.checklist[f.point - 1].id};
    QF_TRY(int64_t id, ins::create_item(conn, secretary, second, in, now));
    (void)id;
  }
  // 违反中央八项规定精神问题专项治理 (the figures count its findings on their own): one
  // finding of 财务处, rectified and closed.
  ins::CheckInput eight{"eight_rules",
                        "违反中央八项规定精神突出问题专项治理“回头看”",
                        "对照中央八项规定及其实施细则精神，抽查公务接待、公务用车、会议培训经费支出，巩固专项治理成果。",
                        day(-60),
                        day(-40),
                        {dept["CWC"], dept["BGS"]},
                        {"公务接待是否严格执行标准", "公务用车是否规范管理"}};
  QF_TRY(int64_t third, ins::create_check(conn, eight, secretary.account_id, now));
  QF_TRY(ins::SupervisionCheck c3, ins::get_check(conn, secretary, third));
  ins::ItemInput eight_in{"个别公务接待未附公函，接待清单填写不完整", "补齐公函和接待清单，修订公务接待审批单",
                          day(-20), dept["CWC"], c3.checklist[0].id};
  QF_TRY(int64_t eight_item, ins::create_item(conn, secretary, third, eight_in, now));
  QF_TRY_STATUS(step(cwc, eight_item, A::kReport, "已补齐公函3份、接待清单5份，修订公务接待审批单", "公务接待审批单（修订稿）"));
  QF_TRY_STATUS(step(secretary, eight_item, A::kAccept, "经查阅台账，整改到位，予以销号", ""));
  *added = true;
  return Status{};
}

}  // namespace

void demo_inspections(store::Database& db) {
  SystemClock clock;
  bool added = false;
  auto st = db.transaction([&](store::Connection& c) { return fill(c, clock.now_ms(), &added); });
  if (!st.ok()) fail(st.error());
  if (!added) {
    std::cout << "\n专项检查已存在，未再添加演示整改台账。/ Special checks exist; no demo ledger added.\n";
    return;
  }
  std::cout << "\n监督检查与整改 / Inspections and rectification: 3 项专项检查，7 个整改事项（1 项逾期）"
               " / 3 special checks, 7 rectification items (1 overdue)\n";
}

QF_REGISTER_DEMO(50, "inspections", [](DemoContext& d) { demo_inspections(d.db); });

}  // namespace qf::cli

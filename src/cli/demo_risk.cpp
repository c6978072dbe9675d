// Demo data of integrity-risk prevention (廉政风险防控) for `qingfeng demo`: two risk
// points for every department (the key positions' at level 一级), most approved by the
// discipline committee, some waiting for review, one returned, one due for review soon;
// this year's negative list for every department but 信息中心 (so the coverage report
// shows a gap), and last year's for a few. Everything goes through the domain functions
// the API uses. Skips itself when risk points exist (`demo --force` stays safe).
#include <iostream>
#include <map>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/org/structure.h"
#include "domain/risk/consult.h"
#include "domain/risk/risk.h"

namespace qf::cli {
namespace {

struct DeptRisks {
  const char* code;
  const char* first;   // category codes
  const char* second;
  const char* first_text;
  const char* second_text;
  const char* negative;  // items separated by '|'
};

const DeptRisks kRisks[] = {
    {"JLD", "personnel", "foreign_affairs", "干部选拔任用中个人说了算、违规打招呼", "因公出国（境）审批把关不严",
     "不得违反民主集中制个人决定重大事项|不得违规干预干部选拔任用"},
    {"BGS", "meeting", "reception", "违规在风景名胜区召开会议、超标准列支会议费", "公务接待超标准、无公函接待",
     "不得超标准安排公务接待|不得借会议名义组织旅游"},
    {"RSC", "personnel", "training", "干部考察失真失实、档案造假", "培训费用中列支与培训无关的支出",
     "不得违规提拔使用干部|不得篡改干部人事档案"},
    {"CWC", "expenditure", "procurement", "报销审核把关不严、虚列支出", "政府采购化整为零规避招标",
     "不得违规发放津贴补贴|不得设立“小金库”|不得虚列支出套取资金"},
    {"GHC", "appraisal", "procurement", "规划方案评审中接受设计单位请托", "规划编制项目委托中指定供应商",
     "不得违规调整规划指标|不得接受管理服务对象宴请"},
    {"GHC1", "appraisal", "meeting", "总体规划论证中专家评审走过场", "会议费报销与实际不符",
     "不得泄露规划编制中的保密信息"},
    {"GHC2", "appraisal", "reception", "详细规划审查中违规放宽容积率", "接受开发企业安排的接待",
     "不得违规放宽规划条件|不得接受开发企业礼品礼金"},
    {"SPC", "appraisal", "reception", "行政审批中“吃拿卡要”、随意增设审批条件", "接受申请人宴请",
     "不得违规增设审批条件|不得为亲友办理审批提供便利"},
    {"SPC1", "appraisal", "expenditure", "建设用地审批中违规降低准入门槛", "业务经费使用不规范",
     "不得违规审批建设用地"},
    {"SPC2", "appraisal", "reception", "规划许可审查中弄虚作假", "接受许可申请人安排的接待",
     "不得违规核发规划许可证"},
    {"ZFZD", "reception", "expenditure", "执法检查中接受被检查对象宴请", "罚没款管理不规范",
     "不得选择性执法|不得违规收取罚没款"},
    {"ZFZD1", "reception", "appraisal", "执法过程中“以罚代管”、收受好处", "违法用地认定中降低标准",
     "不得为违法行为通风报信"},
    {"ZFZD2", "reception", "appraisal", "执法过程中接受当事人请托", "案件定性中避重就轻",
     "不得私自处置案件"},
    {"ZFZD3", "reception", "expenditure", "巡查中发现问题不报、瞒报", "执法装备采购不规范",
     "不得隐瞒违法用地线索"},
    {"BDC", "appraisal", "reception", "不动产登记审核中违规办理登记", "接受办事群众或中介宴请",
     "不得违规查询、泄露不动产登记信息|不得与中介机构勾连"},
    {"BDC1", "appraisal", "reception", "登记受理中为中介插队办理", "接受中介礼品",
     "不得违规受理登记申请"},
    {"BDC2", "appraisal", "reception", "登记资料审核把关不严", "接受办事企业宴请",
     "不得违规出具登记证明"},
    {"GDBH", "appraisal", "expenditure", "耕地占补平衡验收中弄虚作假", "项目资金拨付审核不严",
     "不得虚报耕地占补平衡指标"},
    {"CHDL", "procurement", "foreign_affairs", "测绘项目采购中围标串标", "涉外测绘审批把关不严",
     "不得违规泄露测绘成果|不得在测绘项目中指定分包单位"},
    {"FGC", "appraisal", "meeting", "合法性审查走过场", "行政复议听证会议组织不规范",
     "不得违规干预行政复议"},
    {"XXZX", "procurement", "training", "信息化项目采购化整为零、规避招标", "技术培训费用虚列",
     "不得违规采购信息化设备"},
    {"JGJW", "meeting", "training", "线索处置会议记录不完整", "纪检干部培训经费使用不规范",
     "不得泄露举报人信息|不得以案谋私"},
};

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    auto bar = s.find('|', start);
    out.push_back(s.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

// One consultation meeting (会商会诊) a month ago on three departments' first points,
// its first decision a duty task of 规划处 under the year's first work point; checks of
// negative-list execution: 财务处 with an item not executed (open rectification) and one
// partly executed, 办公室 all executed.
Status fill_consult(store::Connection& conn, int64_t now, const std::map<std::string, int64_t>& first_point,
                    const std::map<std::string, const org::Department*>& by_code) {
  QF_TRY(auto jiwei, auth::find_by_username(conn, "jiwei"));
  QF_TRY(auto dangwei, auth::find_by_username(conn, "dangwei"));
  if (!jiwei || !dangwei) return {};
  const Date today = Date::from_unix_ms(now);
  const int year = std::stoi(today.to_string().substr(0, 4));
  auth::Principal committee;
  committee.unit_wide = true;
  committee.account_id = jiwei->id;
  risk::ConsultInput in;
  in.meeting_date = today.add_days(-30).to_string();
  in.title = std::to_string(year) + "年第二次廉政风险会商会诊";
  in.minutes =
      "局纪委牵头，对规划审批、行政审批和经费支出环节的一级风险点逐一会商。会议认为，规划方案评审、审批条件设置"
      "和报销审核是当前廉政风险最集中的环节，现有防控措施落实不到位；研究确定了下一步防控措施。";
  for (const auto& a : {dangwei, jiwei})
    if (a && a->person_id) in.attendee_ids.push_back(*a->person_id);
  for (const char* code : {"GHC", "SPC", "CWC"})
    if (auto it = first_point.find(code); it != first_point.end()) in.risk_point_ids.push_back(it->second);
  if (in.risk_point_ids.empty()) return {};
  in.decisions = {"规划处对规划方案评审环节建立专家随机抽取和全程留痕制度", "行政审批科清理自行增设的审批条件并公示",
                  "财务处每季度向局纪委报送报销审核抽查情况"};
  QF_TRY(int64_t meeting, risk::create_consultation(conn, committee, in, jiwei->id, now));
  QF_TRY(auto c, risk::get_consultation(conn, committee, meeting));
  QF_TRY(auto wps, conn.query(store::sql(conn, "duty/work_points_of_year"), {int64_t{year}}));
  auto ghc = by_code.find("GHC");
  if (!wps.empty() && ghc != by_code.end() && !c.decisions.empty()) {
    duty::TaskInput task;
    task.work_point_id = wps.front().i64("id");
    task.owner_department_id = ghc->second->id;
    task.deadline_date = today.add_days(60).to_string();
    QF_TRY(int64_t t, risk::consult_decision_to_task(conn, meeting, c.decisions.front().id, task, now));
    (void)t;
  }
  const risk::Actor checker{jiwei->id, "局纪委（演示）"};
  if (auto cwc = by_code.find("CWC"); cwc != by_code.end()) {
    QF_TRY(auto owner, conn.query(store::sql(conn, "risk/demo_owner"), {cwc->second->id}));
    risk::CheckInput k;
    k.department_id = cwc->second->id;
    k.year = year;
    k.check_date = today.add_days(-10).to_string();
    k.summary = "抽查本年度报销凭证 60 份、津贴补贴发放记录和银行账户开立情况";
    risk::CheckResultInput bad{risk::kNotExecuted, "发现 2 笔报销无审批签字", std::nullopt, "", today.add_days(20).to_string()};
    if (!owner.empty()) bad.owner_person_id = owner.front().i64("id");
    else bad.owner_name = "财务处负责人";
    k.results = {{risk::kExecuted, "", std::nullopt, "", ""}, {risk::kPartial, "个别科室台账不全", std::nullopt, "", ""}, bad};
    QF_TRY(int64_t id, risk::create_check(conn, committee, k, checker, now));
    (void)id;
  }
  if (auto bgs = by_code.find("BGS"); bgs != by_code.end()) {
    risk::CheckInput k;
    k.department_id = bgs->second->id;
    k.year = year;
    k.check_date = today.add_days(-20).to_string();
    k.summary = "抽查公务接待审批单和会议费报销";
    k.results = {{risk::kExecuted, "", std::nullopt, "", ""}, {risk::kExecuted, "", std::nullopt, "", ""}};
    QF_TRY(int64_t id, risk::create_check(conn, committee, k, checker, now));
    (void)id;
  }
  return {};
}

Status fill(store::Connection& conn, const Config& config, int64_t now, int* points, int* lists) {
  auto section = config.module_section("risk");
  auto cfg_r = risk::RiskConfig::from_toml(section.toml, section.source);
  const risk::RiskConfig cfg = cfg_r.ok() ? *cfg_r : risk::RiskConfig{};
  QF_TRY(auto departments, org::list_departments(conn, false));
  std::map<std::string, const org::Department*> by_code;
  for (const auto& d : departments) by_code[d.code] = &d;
  const Date today = Date::from_unix_ms(now);
  const int year = std::stoi(today.to_string().substr(0, 4));
  auth::Principal reviewer;
  reviewer.unit_wide = true;
  const risk::Actor committee{0, "纪委（演示）"};
  int n = 0;
  std::map<std::string, int64_t> first_point;
  for (const auto& spec : kRisks) {
    auto it = by_code.find(spec.code);
    if (it == by_code.end()) continue;
    const org::Department& d = *it->second;
    auth::Principal head;
    head.grants.push_back({auth::Role::kDeptHead, auth::ScopeKind::kDepartment, d.id});
    head.department_ids.insert(d.id);
    const risk::Actor head_actor{0, d.name + "负责人（演示）"};
    QF_TRY(auto positions, org::list_positions(conn, d.id, false));
    std::optional<int64_t> work_pos;
    bool key = false;
    for (const auto& p : positions) {
      if (p.sort_order == 30) {
        work_pos = p.id;
        key = p.is_key_position;
      }
    }
    auto owner = conn.query(store::sql(conn, "risk/demo_owner"), {d.id});
    if (!owner.ok()) return owner.take_error();
    std::optional<int64_t> owner_id;
    if (!owner->empty()) owner_id = owner->front().i64("id");
    for (int k = 0; k < 2; ++k) {
      risk::RiskInput in;
      in.department_id = d.id;
      in.position_id = k == 0 ? work_pos : std::nullopt;
      in.category = k == 0 ? spec.first : spec.second;
      in.description = k == 0 ? spec.first_text : spec.second_text;
      // Key positions' first point 一级 (4×4); the rest 二级 or 三级.
      in.likelihood = k == 0 ? (key ? 4 : 3) : 1 + (n % 3);
      in.impact = k == 0 ? (key ? 4 : 3) : 2 + (n % 2);
      risk::Measure m1{k == 0 ? "关键环节双人审核、全程留痕" : "建立台账，定期公开", owner_id, owner_id ? "" : "部门负责人"};
      risk::Measure m2{"纪检监察室不定期抽查", std::nullopt, "机关纪委"};
      in.measures = {m1, m2};
      QF_TRY(risk::RiskPoint p, risk::create_point(conn, head, head_actor, in, cfg, now));
      if (k == 0) first_point[spec.code] = p.id;
      ++n;
      // Most are approved (on dates spread over the past months); a few wait for review,
      // one is returned, and 财务处's first is due for review within a week.
      const std::string code = spec.code;
      if ((code == "GHC" && k == 1) || (code == "SPC" && k == 1) || (code == "ZFZD1" && k == 0)) continue;
      if (code == "BGS" && k == 1) {
        QF_TRY(auto r, risk::return_point(conn, reviewer, committee, p.id, "防控措施过于笼统，请明确到具体环节", now));
        (void)r;
        continue;
      }
      const int64_t back = code == "CWC" && k == 0 ? cfg.review_days(p.level) - 7 : 20 + (n * 11) % 60;
      QF_TRY(auto r, risk::approve_point(conn, reviewer, committee, p.id, cfg, today.add_days(-back).to_string(), now));
      (void)r;
    }
    // Negative lists: this year's for all but 信息中心; last year's for the top departments.
    for (int y : {year, year - 1}) {
      if (y == year && std::string(spec.code) == "XXZX") continue;
      if (y != year && d.parent_id) continue;
      QF_TRY(auto l, risk::save_negative_list(conn, head, d.id, y, split(spec.negative), head_actor, now));
      (void)l;
      ++*lists;
    }
  }
  *points = n;
  return fill_consult(conn, now, first_point, by_code);
}

}  // namespace

void demo_risk(store::Database& db, const Config& config) {
  {
    auto lease = db.acquire();
    if (!lease.ok()) fail(lease.error());
    auto have = lease->get().query_one(store::sql(lease->get(), "risk/demo_count"));
    if (!have.ok()) fail(have.error());
    if (have->i64("n") > 0) {
      std::cout << "\n廉政风险点已存在，未再添加演示数据。/ Risk points exist; no demo risk data added.\n";
      return;
    }
  }
  SystemClock clock;
  int points = 0, lists = 0;
  auto st = db.transaction([&](store::Connection& c) { return fill(c, config, clock.now_ms(), &points, &lists); });
  if (!st.ok()) fail(st.error());
  std::cout << "\n廉政风险防控 / Integrity-risk prevention: " << points << " 个风险点 / risk points, " << lists
            << " 份负面清单 / negative lists（信息中心本年度缺负面清单 / 信息中心 has no list this year）\n";
}

QF_REGISTER_DEMO(30, "risk", [](DemoContext& d) { demo_risk(d.db, d.config); });

}  // namespace qf::cli

// Demo data of the regulation library (制度库) for `qingfeng demo`: the bureau's rules
// implementing the eight-point regulations — official reception (two versions: the
// second supersedes the first), meetings and training expenditure, official vehicles,
// personnel selection, procurement — one repealed and one not yet in force, with
// dates relative to today so the states stay what they are. The reception rules'
// current version is assigned to everyone to read; most people have acknowledged it
// (the people of the demo accounts have not, so zhigong has 待阅知 on the home page).
// The meeting-expenditure rules get a second version issued after the demo's
// case-driven reform notice (demo_case_reform.cpp), linked to it as its "rules changed";
// the education demo's interpretation of them (制度解读) is linked to their version 1.
// Skips itself when a regulation exists (`demo --force` stays safe).
#include <iostream>

#include "cli/command.h"
#include "cli/demo_case_reform.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/regulations/links.h"
#include "domain/regulations/regulations.h"

namespace qf::cli {
namespace {

namespace reg = qf::regulations;

constexpr const char* kReceptionV1 =
    "第一条 为规范公务接待管理，厉行节约，反对浪费，根据《党政机关国内公务接待管理规定》，结合本局实际，制定本办法。\n"
    "第二条 公务接待实行审批制度，无公函的公务活动一律不予接待。\n"
    "第三条 接待对象应当按照规定标准自行用餐，确因工作需要安排工作餐一次，陪餐人数不超过3人。\n"
    "第四条 工作餐不得提供香烟和高档酒水，不得使用私人会所、高消费餐饮场所。\n"
    "第五条 本办法自印发之日起施行。";
constexpr const char* kReceptionV2 =
    "第一条 为规范公务接待管理，厉行节约，反对浪费，根据《党政机关国内公务接待管理规定》及其实施细则，结合本局实际，制定本办法。\n"
    "第二条 公务接待实行“公函+审批+清单”制度，无公函的公务活动和来访人员一律不予接待。\n"
    "第三条 接待对象应当按照规定标准自行用餐，确因工作需要安排工作餐一次，接待对象在10人以内的，陪餐人数不得超过3人；超过10人的，不得超过接待对象人数的三分之一。\n"
    "第四条 工作餐不得提供香烟，不得提供酒水，不得使用私人会所、高消费餐饮场所。\n"
    "第五条 接待清单如实反映接待对象、公务活动、接待费用等内容，作为财务报销凭证之一。\n"
    "第六条 本办法自施行之日起执行，原《公务接待管理办法》同时废止。";

struct Rule {
  const char* category;
  const char* title;
  const char* doc_number;
  const char* issuing_body;
  int effective_days;  // relative to today
  const char* text;
  int repealed_days;  // 0: not repealed
};

const Rule kRules[] = {
    {"meetings", "会议费管理办法", "自然资党〔{y}〕5号", "局党委", -300,
     "第一条 严格控制会议数量和规模，能合并的合并召开，提倡开短会、讲短话。\n第二条 会议费实行定额控制，不得超标准列支。\n"
     "第三条 会议期间不得组织宴请、游览，不得发放纪念品。",
     0},
    {"training", "干部教育培训经费管理办法", "自然资发〔{y}〕12号", "局办公室", -200,
     "第一条 培训经费实行预算管理，专款专用。\n第二条 培训不得组织与培训无关的参观、考察，不得在风景名胜区举办。\n"
     "第三条 培训费报销须附培训通知、实际参训人员签到表。",
     0},
    {"vehicles", "公务用车使用管理规定", "自然资党〔{y}〕8号", "局党委", -250,
     "第一条 公务用车实行集中管理、统一调度。\n第二条 严禁公车私用，节假日公务用车一律封存停放。\n第三条 用车实行派车单制度。",
     0},
    {"personnel", "选拔任用干部工作规程（试行）", "自然资党〔{y}〕2号", "局党委", -400,
     "第一条 选拔任用干部坚持党管干部原则。\n第二条 选拔任用工作应当经过民主推荐、考察、讨论决定等程序。", -20},
    {"procurement", "政府采购内部控制管理办法", "自然资发〔{y}〕30号", "局办公室", 15,
     "第一条 建立政府采购决策、执行、监督相互分离的内部控制机制。\n第二条 采购需求由业务部门提出，财务处审核。\n"
     "第三条 纪委对政府采购全过程进行监督。",
     0},
};

std::string with_year(const char* text, int year) {
  std::string s(text);
  auto p = s.find("{y}");
  if (p != std::string::npos) s.replace(p, 3, std::to_string(year));
  return s;
}

// 会议费管理办法, version 2: the rule the demo's reform notice asked 办公室 to change,
// linked to the notice (nothing when the reform demo added no notice).
Status revise_after_reform(store::Connection& conn, const auth::Principal& secretary, int64_t id, const Date& today,
                           int64_t now) {
  QF_TRY(auto reform, conn.query("SELECT id FROM case_reforms WHERE title = ?", {std::string(kDemoReformTitle)}));
  if (reform.empty()) return Status{};
  reg::VersionInput v2{"会议费管理办法", with_year("自然资党〔{y}〕21号", today.year()), "局党委", today.to_string(),
                       "第一条 严格控制会议数量和规模，能合并的合并召开，提倡开短会、讲短话。\n第二条 会议费实行定额控制，不得超标准列支。\n"
                       "第三条 会议期间不得组织宴请、游览，不得发放纪念品。\n"
                       "第四条 会议期间不得接受管理服务对象宴请或由其安排食宿，不得以会议名义列支公务接待费用。",
                       "增加第四条：禁止会议期间接受管理服务对象宴请，不得以会议名义列支接待费用（以案促改）。"};
  QF_TRY(auto nv, reg::add_version(conn, secretary, id, v2, false, today.to_string(), secretary.account_id, now));
  QF_TRY(int64_t link, reg::add_rule_change(conn, secretary, reform.front().i64("id"), id, nv.version_no,
                                            "增加第四条：会议期间不得接受管理服务对象宴请", today.to_string(), now));
  (void)link;
  return Status{};
}

Status fill(store::Connection& conn, int64_t now, int* added) {
  QF_TRY(auto existing, conn.query_one("SELECT COUNT(*) AS n FROM regulations"));
  if (existing.i64("n") > 0) return Status{};
  QF_TRY(auto jiwei, auth::find_by_username(conn, "jiwei"));
  if (!jiwei) return Status{};
  QF_TRY(auth::Principal secretary, auth::load_principal(conn, jiwei->id, now));
  const Date today = Date::from_unix_ms(now);
  auto day = [&](int n) { return today.add_days(n).to_string(); };

  // 公务接待管理办法: version 1 a year and a half ago, version 2 two months ago.
  reg::RegulationInput reception;
  reception.category = "reception";
  reception.version = {"公务接待管理办法", with_year("自然资党〔{y}〕3号", today.add_days(-550).year()), "局党委", day(-540), kReceptionV1, ""};
  QF_TRY(int64_t rid, reg::create_regulation(conn, reception, jiwei->id, now));
  reg::VersionInput v2{"公务接待管理办法", with_year("自然资党〔{y}〕9号", today.add_days(-70).year()), "局党委", day(-60), kReceptionV2,
                       "落实实施细则：实行“公函+审批+清单”制度，工作餐一律不提供酒水，明确陪餐人数。"};
  QF_TRY(auto nv, reg::add_version(conn, secretary, rid, v2, false, today.to_string(), jiwei->id, now));
  (void)nv;
  ++*added;
  education::Audience everyone;
  everyone.everyone = true;
  QF_TRY(int64_t assigned, reg::assign(conn, secretary, rid, everyone, now));
  (void)assigned;
  // Most have acknowledged; the people of the demo accounts have not.
  QF_TRY(auto people, conn.query(
                          "SELECT a.person_id FROM regulation_assignments a "
                          "JOIN regulations r ON r.latest_version_id = a.version_id WHERE r.id = ? "
                          "AND a.person_id NOT IN (SELECT person_id FROM accounts WHERE person_id IS NOT NULL) "
                          "ORDER BY a.person_id",
                          {rid}));
  int k = 0;
  for (const auto& p : people) {
    if (++k % 7 == 0) continue;  // about one in seven still to acknowledge
    QF_TRY_STATUS(conn.execute(
        "UPDATE regulation_assignments SET acknowledged_at = ? WHERE person_id = ? AND version_id = "
        "(SELECT latest_version_id FROM regulations WHERE id = ?)",
        {now - 86400000LL * (1 + k % 20), p.i64("person_id"), rid}));
  }

  for (const Rule& r : kRules) {
    reg::RegulationInput in;
    in.category = r.category;
    in.version = {r.title, with_year(r.doc_number, today.add_days(r.effective_days - 10).year()), r.issuing_body,
                  day(r.effective_days), r.text, ""};
    QF_TRY(int64_t id, reg::create_regulation(conn, in, jiwei->id, now));
    if (std::string(r.category) == "meetings") {
      // The education demo's interpretation of these rules (制度解读) names version 1.
      QF_TRY(auto interp, conn.query("SELECT id FROM education_items WHERE kind = 'interpretation' AND title = ?",
                                     {std::string("本局《会议费管理办法》制度解读")}));
      if (!interp.empty()) {
        QF_TRY_STATUS(reg::link_interpretation(conn, interp.front().i64("id"), id, 1, now));
      }
      QF_TRY_STATUS(revise_after_reform(conn, secretary, id, today, now));
    }
    if (r.repealed_days != 0) {
      QF_TRY_STATUS(reg::repeal(conn, secretary, id, day(r.repealed_days), "已被《干部选拔任用工作规程》取代", now));
    }
    ++*added;
  }
  return Status{};
}

}  // namespace

void demo_regulations(store::Database& db) {
  SystemClock clock;
  int added = 0;
  auto st = db.transaction([&](store::Connection& c) { return fill(c, clock.now_ms(), &added); });
  if (!st.ok()) fail(st.error());
  if (added == 0) {
    std::cout << "\n制度库已有制度，未再添加演示制度。/ Regulations exist; no demo regulations added.\n";
    return;
  }
  std::cout << "\n制度库 / Regulation library: " << added
            << " 项制度（1 项已修订、1 项已废止、1 项尚未生效），公务接待管理办法已分配全员阅知"
               " / regulations (1 revised, 1 repealed, 1 not yet in force); the reception rules assigned to everyone\n";
}

QF_REGISTER_DEMO(64, "regulations", [](DemoContext& d) { demo_regulations(d.db); });

}  // namespace qf::cli

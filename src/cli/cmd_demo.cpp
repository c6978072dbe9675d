// `qingfeng demo`: fills an empty (migrated) database with a realistic demonstration
// bureau — 清江市自然资源和规划局: 12 departments with sub-units, 8 Party branches that
// do not coincide with departments, positions (key positions marked), ~300 people
// with Chinese names, ranks, Party membership and a year of dated promotions and
// transfers, the committee members' oversight (分管), and one demo account per role
// (password Qingfeng@2026, no forced change) linked to people — among them jjszr, the
// head of the discipline-inspection office, who signs clues as 部门负责人. Then a year
// of supervision work: ~25 problem clues registered and walked through the clue state
// machine (clue domain + clue store, never raw SQL) to a mix of states — closed with
// first- and second-form outcomes, held, awaiting an inquiry reply (one overdue on the
// demo day 2026-11-20), under verification or approval — and ~30 integrity talks of
// every kind, with collective talks for most of the year's promotions and transfers
// (a few are left without, so the pending list shows them). Deterministic: the same
// binary always produces the same bureau (fixed seed, fixed dates).
// Refuses a database that already holds organisation data unless --force (then
// records whose codes / employee numbers exist are left as they are, and clues and
// talks are added only when there are none yet): a second run changes nothing.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "cli/command.h"
#include "core/clock.h"
#include "core/config.h"
#include "domain/audit/audit_event.h"
#include "domain/auth/accounts.h"
#include "domain/auth/credentials.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/clue_state_machine.h"
#include "domain/clues/clue_store.h"
#include "domain/org/org_codes.h"
#include "domain/org/people.h"
#include "domain/org/structure.h"
#include "domain/talks/talk_record.h"
#include "domain/talks/talk_seal.h"
#include "store/database.h"
#include "store/database_url.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;
using qf::Result;
using qf::Status;
namespace org = qf::org;
namespace auth = qf::auth;

constexpr const char* kDemoPassword = "Qingfeng@2026";

// SplitMix64: a tiny generator whose sequence is the same on every platform (the
// standard distributions are not), so the demo bureau is reproducible.
class DemoRandom {
 public:
  explicit DemoRandom(uint64_t seed) : s_(seed) {}
  uint64_t next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  template <class T, size_t N>
  const T& pick(const T (&a)[N]) { return a[below(static_cast<int>(N))]; }

 private:
  uint64_t s_;
};

const char* const kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
    "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
    "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
    "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "邱"};
const char* const kMaleChars[] = {"伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏",
                                  "华", "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林",
                                  "洋", "峰", "晨", "阳", "毅", "昊", "东", "亮", "志", "国", "文", "博"};
const char* const kFemaleChars[] = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "琳", "慧",
                                    "颖", "倩", "洁", "莉", "萍", "红", "梅", "晶", "蕾", "璐", "佳", "欣", "悦", "月",
                                    "岚", "薇", "雯", "琪", "瑶", "楠", "妍", "丹"};

struct DeptSpec {
  const char* code;
  const char* name;
  const char* parent;  // code or nullptr
  int staff;           // people placed directly here (besides heads)
  const char* work_position;
  bool work_is_key;
};

// 12 departments (局领导 counts as the leadership office) with sub-units.
const DeptSpec kDepartments[] = {
    {"JLD", "局领导", nullptr, 0, nullptr, false},
    {"BGS", "办公室", nullptr, 18, "综合文秘岗", false},
    {"RSC", "人事处", nullptr, 10, "干部人事岗", true},
    {"CWC", "财务处", nullptr, 12, "会计出纳岗", true},
    {"GHC", "规划处", nullptr, 6, "规划编制岗", false},
    {"GHC1", "总体规划科", "GHC", 12, "总体规划岗", false},
    {"GHC2", "详细规划科", "GHC", 12, "详细规划审查岗", true},
    {"SPC", "审批处", nullptr, 6, "行政审批岗", true},
    {"SPC1", "建设用地审批科", "SPC", 13, "用地审批岗", true},
    {"SPC2", "规划许可科", "SPC", 13, "规划许可岗", true},
    {"ZFZD", "执法支队", nullptr, 7, "执法督查岗", true},
    {"ZFZD1", "执法一大队", "ZFZD", 20, "执法岗", true},
    {"ZFZD2", "执法二大队", "ZFZD", 20, "执法岗", true},
    {"ZFZD3", "执法三大队", "ZFZD", 19, "执法岗", true},
    {"BDC", "不动产登记中心", nullptr, 8, "登记审核岗", true},
    {"BDC1", "登记一科", "BDC", 17, "登记受理岗", true},
    {"BDC2", "登记二科", "BDC", 17, "登记受理岗", true},
    {"GDBH", "耕地保护处", nullptr, 11, "耕地保护监管岗", true},
    {"CHDL", "测绘地理信息处", nullptr, 12, "测绘管理岗", false},
    {"FGC", "法规处", nullptr, 9, "法制审核岗", false},
    {"XXZX", "信息中心", nullptr, 12, "系统运维岗", false},
    {"JGJW", "机关纪委", nullptr, 7, "纪检监察岗", false},
};

// Party branches by the departments whose members belong to them — deliberately not
// one branch per department.
struct BranchSpec {
  const char* code;
  const char* name;
  std::vector<const char*> departments;
};
const BranchSpec kBranches[] = {
    {"ZB01", "机关第一党支部", {"JLD", "BGS", "RSC"}},
    {"ZB02", "机关第二党支部", {"CWC", "FGC", "JGJW"}},
    {"ZB03", "规划测绘党支部", {"GHC", "GHC1", "GHC2", "CHDL"}},
    {"ZB04", "审批耕保党支部", {"SPC", "SPC1", "SPC2", "GDBH"}},
    {"ZB05", "执法支队第一党支部", {"ZFZD", "ZFZD1"}},
    {"ZB06", "执法支队第二党支部", {"ZFZD2", "ZFZD3"}},
    {"ZB07", "不动产登记中心党支部", {"BDC", "BDC1", "BDC2"}},
    {"ZB08", "信息中心党支部", {"XXZX"}},
};

struct DemoAccount {
  std::string username;
  std::string display_name;
  std::optional<int64_t> person_id;
  std::vector<auth::RoleGrant> grants;
};

struct Builder {
  qf::store::Connection& conn;
  int64_t now;
  DemoRandom rnd{20260101};
  int64_t unit_id = 0;
  std::map<std::string, int64_t> dept;                    // code → id
  std::map<std::string, int64_t> branch;                  // code → id
  std::map<std::string, std::string> branch_of_dept;      // dept code → branch code
  std::map<std::string, std::map<std::string, int64_t>> pos;  // dept code → position name → id
  int next_no = 100001;
  int people = 0;
  int events = 0;
  std::set<int64_t> created;  // people created by this run (only they get demo events)

  std::string name(bool male) {
    std::string n = rnd.pick(kSurnames);
    n += male ? rnd.pick(kMaleChars) : rnd.pick(kFemaleChars);
    if (rnd.chance(65)) n += male ? rnd.pick(kMaleChars) : rnd.pick(kFemaleChars);
    return n;
  }

  std::string date(int year, int month, int day) {
    char buf[40];  // room for any int, so -Wformat-truncation has nothing to say
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }

  Result<int64_t> department(const DeptSpec& d, int sort) {
    auto existing = conn.query(qf::store::sql(conn, "org/department_by_code"), {unit_id, std::string(d.code)});
    if (!existing.ok()) return existing.take_error();
    if (!existing->empty()) return existing->front().i64("id");
    org::DepartmentInput in;
    if (d.parent) in.parent_id = dept.at(d.parent);
    in.name = d.name;
    in.code = d.code;
    in.sort_order = sort;
    return org::create_department(conn, unit_id, in, now);
  }

  Result<int64_t> position(const std::string& dept_code, const std::string& name, bool key, int sort) {
    auto& m = pos[dept_code];
    if (auto it = m.find(name); it != m.end()) return it->second;
    auto existing = conn.query(qf::store::sql(conn, "org/position_by_name"), {dept.at(dept_code), name});
    if (!existing.ok()) return existing.take_error();
    if (!existing->empty()) return m[name] = existing->front().i64("id");
    QF_TRY(int64_t id, org::create_position(conn, {dept.at(dept_code), name, key, sort}, now));
    return m[name] = id;
  }

  // One person placed at `joined`; promotions/transfers of the demo year come later.
  Result<int64_t> person(const std::string& dept_code, const std::string& position_name, const std::string& rank,
                         bool leading, bool party_member, std::optional<bool> male_opt = std::nullopt) {
    bool male = male_opt ? *male_opt : rnd.chance(56);
    org::PersonDetails d;
    d.employee_no = std::to_string(next_no++);
    d.name = name(male);
    d.gender = male ? "male" : "female";
    d.is_leading_cadre = leading;
    d.party_status = party_member ? (rnd.chance(4) ? "probationary" : "member")
                                  : (rnd.chance(25) ? "league" : rnd.chance(10) ? "democratic" : "masses");
    if (d.party_status == "member" || d.party_status == "probationary") {
      d.branch_id = branch.at(branch_of_dept.at(dept_code));
    }
    int seniority = org::rank_level(rank);
    int year = 2024 - seniority * 3 - rnd.below(6);
    if (year < 1990) year = 1990 + rnd.below(4);
    d.joined_date = date(year, 1 + rnd.below(12), 1 + rnd.below(28));
    QF_TRY(auto existing, org::find_person_by_employee_no(conn, unit_id, d.employee_no));
    if (existing) return *existing;
    org::Placement p;
    p.department_id = dept.at(dept_code);
    if (!position_name.empty()) {
      QF_TRY(int64_t pid, position(dept_code, position_name, false, 50));
      p.position_id = pid;
    }
    p.rank = rank;
    p.effective_date = d.joined_date;
    p.note = "入职";
    QF_TRY(int64_t id, org::create_person(conn, unit_id, d, p, std::nullopt, now));
    created.insert(id);
    ++people;
    ++events;
    return id;
  }
};

const char* const kRankUp[] = {"clerk", "officer", "deputy_section", "section", "deputy_division", "division"};

std::string next_rank(const std::string& r) {
  for (size_t i = 0; i + 1 < std::size(kRankUp); ++i) if (r == kRankUp[i]) return kRankUp[i + 1];
  return r;
}

// ---- A year of supervision work (问题线索 and 廉政谈话) ------------------------------

namespace cl = qf::clues;
namespace tk = qf::talks;
using qf::Date;

// The demo's "today": the end of the demo year. Every action, reply and talk of the
// demo happens on or before it.
constexpr const char* kDemoToday = "2026-11-20";

Date day(const std::string& text) { return *Date::parse(text); }
// 10:00 Beijing time on `d`, as the instant of an action.
int64_t at_ten(Date d) { return d.days_since_epoch() * 86400000LL + 2LL * 3600 * 1000; }

// How far a demo clue gets.
enum class Plan {
  kClosedFirstForm,    // 谈话函询 → reply → first-form measure → closed
  kClosedSecondForm,   // 初步核实 → second-form measure(s) → closed
  kClosedNotProven,    // 初步核实 → 查无实据 → closed
  kClosedAtOnce,       // 予以了结
  kHeld,               // 暂存待查
  kAwaitingReply,      // 谈话函询, letter sent, no reply yet
  kVerifying,          // 初步核实 under way
  kOutcomePending,     // 初步核实 done, outcome awaiting the discipline secretary
  kDispositionPending, // proposal signed by the office head, awaiting the secretary
  kInReview,           // collective review
  kRegistered,         // just registered
};

struct ClueSpec {
  const char* received;
  cl::ClueSource source;
  cl::DisciplineCategory category;
  const char* dept;  // department of the person reported on
  const char* matter;
  Plan plan;
  std::vector<cl::FormMeasure> measures;  // closed with measures
  int inquiry_day = 16;                   // days after receipt the letter goes out
};

using S = cl::ClueSource;
using C = cl::DisciplineCategory;
using M = cl::FormMeasure;

// 4 clues of 2025 (for the year-over-year comparison) and 22 of 2026.
const std::vector<ClueSpec>& clue_specs() {
  static const std::vector<ClueSpec> k{
      {"2025-03-10", S::kPetition, C::kIntegrity, "SPC1", "反映其在建设用地审批中接受申请单位宴请", Plan::kClosedFirstForm, {M::kReminderTalk}},
      {"2025-05-19", S::kAudit, C::kWork, "CWC", "审计发现差旅费报销票据不规范", Plan::kClosedFirstForm, {M::kCriticismEducation}},
      {"2025-08-18", S::kPetition, C::kIntegrity, "BDC1", "反映其违规为亲属优先办理不动产登记", Plan::kClosedSecondForm, {M::kPartyWarning}},
      {"2025-10-13", S::kSelfDiscovered, C::kWork, "XXZX", "系统运维外包验收把关不严", Plan::kClosedAtOnce, {}},
      {"2026-01-12", S::kPetition, C::kIntegrity, "SPC1", "反映其收受申请人购物卡", Plan::kClosedFirstForm, {M::kAdmonishment}},
      {"2026-01-19", S::kPetition, C::kMass, "ZFZD1", "反映执法过程中态度粗暴", Plan::kClosedAtOnce, {}},
      {"2026-02-09", S::kAudit, C::kWork, "CWC", "审计发现公务接待超标准", Plan::kClosedFirstForm, {M::kOrderedExamination}},
      {"2026-03-02", S::kInspectionTour, C::kIntegrity, "BDC1", "巡察发现违规收取加急服务费", Plan::kClosedSecondForm, {M::kPartyWarning, M::kPostAdjustment}},
      {"2026-03-16", S::kPetition, C::kLife, "GHC1", "反映其出入私人会所", Plan::kClosedAtOnce, {}},
      {"2026-03-23", S::kDataCrossCheck, C::kIntegrity, "SPC2", "大数据比对发现其配偶经营企业与本局有业务往来", Plan::kClosedFirstForm, {M::kReminderTalk}},
      {"2026-04-13", S::kPetition, C::kIntegrity, "ZFZD2", "匿名反映其在执法中接受吃请（线索模糊）", Plan::kHeld, {}},
      {"2026-04-20", S::kSpecialCampaign, C::kWork, "GDBH", "耕地保护专项治理发现违规占地未及时查处", Plan::kClosedSecondForm, {M::kGovDemerit}},
      {"2026-05-11", S::kPetition, C::kOrganisational, "RSC", "反映个人有关事项报告漏报房产", Plan::kClosedFirstForm, {M::kCriticismEducation}},
      {"2026-05-25", S::kReferralFromAbove, C::kIntegrity, "SPC1", "上级纪委转办：反映其违规干预项目审批", Plan::kClosedNotProven, {}},
      {"2026-06-08", S::kPetition, C::kWork, "BDC2", "反映窗口人员推诿扯皮", Plan::kHeld, {}},
      {"2026-06-15", S::kInspectionTour, C::kPolitical, "FGC", "巡察发现贯彻上级部署打折扣", Plan::kClosedFirstForm, {M::kOrderedWrittenExamination}},
      {"2026-07-06", S::kAudit, C::kIntegrity, "ZFZD3", "审计发现罚没款未及时上缴", Plan::kOutcomePending, {M::kPartySeriousWarning}},
      {"2026-08-10", S::kPetition, C::kIntegrity, "SPC2", "反映其违规接受管理服务对象宴请", Plan::kAwaitingReply, {}},
      {"2026-09-21", S::kDataCrossCheck, C::kIntegrity, "GHC2", "大数据比对发现其亲属企业中标本局项目", Plan::kVerifying, {}},
      {"2026-10-26", S::kInspectionTour, C::kWork, "CHDL", "巡察发现测绘成果管理不规范", Plan::kDispositionPending, {}},
      {"2026-10-28", S::kPetition, C::kLife, "ZFZD1", "反映其沉迷赌博", Plan::kAwaitingReply, {}},
      {"2026-11-02", S::kSpecialCampaign, C::kMass, "BDC1", "群众身边不正之风专项治理：反映办事吃拿卡要", Plan::kAwaitingReply, {}},
      {"2026-11-09", S::kPetition, C::kOrganisational, "SPC1", "反映其违规兼职取酬", Plan::kInReview, {}},
      {"2026-11-16", S::kReferralFromAbove, C::kIntegrity, "GHC1", "上级纪委转办：反映其利用职务便利为他人谋利", Plan::kRegistered, {}},
  };
  return k;
}

struct SupervisionCast {
  int64_t handler_account = 0;  // jijian
  std::string handler_name;
  int64_t office_head_account = 0;  // jjszr
  std::string office_head_name;
  int64_t secretary_account = 0;  // jiwei
  std::string secretary_name;
  int64_t secretary_person = 0;
  int64_t party_secretary_person = 0;
  int64_t office_head_person = 0;
  std::map<std::string, std::vector<int64_t>> staff_of;  // department code → people
  std::map<std::string, int64_t> head_of;
  std::map<std::string, int64_t> branch_secretary;
};

struct SupervisionCounts {
  int clues = 0;
  int talks = 0;
};

// A talk held after a clue's first-form measure (谈话提醒 / 诫勉), recorded with its clue.
struct MeasureTalk {
  int64_t clue_id;
  int64_t person_id;
  std::string date;
  tk::TalkKind kind;
};

Result<std::vector<MeasureTalk>> build_clues(qf::store::Connection& conn, const cl::ClueConfig& cfg,
                                             const SupervisionCast& cast, int64_t now, int* count) {
  std::vector<MeasureTalk> measure_talks;
  QF_TRY(qf::WorkingDayCalendar cal, cl::load_calendar(conn));
  const cl::DueRules due{cfg, cal};
  DemoRandom rnd{20261120};
  std::map<std::string, size_t> next_in_dept;
  const Date today = day(kDemoToday);
  for (const ClueSpec& spec : clue_specs()) {
    const std::vector<int64_t>& pool = cast.staff_of.at(spec.dept);
    size_t& next = next_in_dept[spec.dept];
    int64_t person_id = pool[(next++ * 5 + static_cast<size_t>(rnd.below(3))) % pool.size()];
    QF_TRY(org::Person person, org::get_person_unscoped(conn, person_id));

    const Date received = day(spec.received);
    cl::NewClue in;
    in.source = spec.source;
    in.category = spec.category;
    in.persons.push_back({person.id, person.name, person.position_name});
    in.matter = person.name + "：" + spec.matter;
    in.received_on = received;
    cl::ClueActor handler{cast.handler_account, cast.handler_name, cl::ClueActorRole::kHandler};
    cl::ClueActor office{cast.office_head_account, cast.office_head_name, cl::ClueActorRole::kDeptHead};
    cl::ClueActor secretary{cast.secretary_account, cast.secretary_name, cl::ClueActorRole::kDisciplineSecretary};
    cl::StoredClueNumberAllocator numbers(conn);
    QF_TRY(cl::ProblemClue clue, cl::register_clue(in, handler, at_ten(received), cfg, numbers));

    auto step = [&](cl::ClueAction action, const cl::ClueActor& who, int days, std::string opinion,
                    std::optional<cl::Disposition> disposition = std::nullopt,
                    std::optional<cl::ClueOutcome> outcome = std::nullopt) -> Status {
      cl::ClueCommand cmd;
      cmd.action = action;
      cmd.actor = who;
      Date on = received.add_days(days);
      if (on > today) on = today;
      cmd.at_ms = at_ten(on);
      cmd.opinion = std::move(opinion);
      cmd.disposition = disposition;
      cmd.outcome = std::move(outcome);
      QF_TRY(clue, cl::apply(clue, cmd, cfg));
      return {};
    };
    auto decide = [&](cl::Disposition d, int base) -> Status {
      QF_TRY_STATUS(step(cl::ClueAction::kProposeDisposition, handler, base, "经集体排查，建议" +
                                                                             std::string(cl::label_zh(d)), d));
      QF_TRY_STATUS(step(cl::ClueAction::kApprove, office, base + 2, "同意"));
      return step(cl::ClueAction::kApprove, secretary, base + 4, "同意");
    };
    auto outcome_of = [&](cl::OutcomeConclusion conclusion, Date decided) {
      cl::ClueOutcome o;
      o.conclusion = conclusion;
      o.summary = conclusion == cl::OutcomeConclusion::kSubstantiated   ? "反映问题基本属实，依规依纪作出处理"
                  : conclusion == cl::OutcomeConclusion::kNotSubstantiated ? "经初步核实，反映问题查无实据"
                                                                            : "经谈话函询，反映问题予以澄清";
      int n = 0;
      for (cl::FormMeasure m : spec.measures) {
        o.measures.push_back({person.id, person.name, m, decided,
                              "〔" + std::to_string(decided.year()) + "〕清纪处字第" +
                                  std::to_string(received.month() * 10 + static_cast<unsigned>(++n)) + "号"});
      }
      return o;
    };
    auto finish = [&](int submit_day, cl::OutcomeConclusion conclusion, bool approve_all) -> Status {
      Date decided = received.add_days(submit_day);
      QF_TRY_STATUS(step(cl::ClueAction::kSubmitOutcome, handler, submit_day, "拟按处理意见办理",
                         std::nullopt, outcome_of(conclusion, decided)));
      QF_TRY_STATUS(step(cl::ClueAction::kApprove, office, submit_day + 2, "同意"));
      if (!approve_all) return {};
      QF_TRY_STATUS(step(cl::ClueAction::kApprove, secretary, submit_day + 4, "同意"));
      for (cl::FormMeasure m : spec.measures) {
        if (m == M::kReminderTalk || m == M::kAdmonishment) {
          measure_talks.push_back({0, person.id, decided.add_days(3).to_string(),
                                   m == M::kAdmonishment ? tk::TalkKind::kAdmonishment : tk::TalkKind::kReminder});
        }
      }
      return {};
    };

    if (spec.plan != Plan::kRegistered) {
      QF_TRY_STATUS(step(cl::ClueAction::kStartReview, handler, 3, "提交集体排查"));
    }
    auto inquiry = [&]() -> Status {
      QF_TRY_STATUS(decide(cl::Disposition::kTalkOrInquiry, 10));
      return step(cl::ClueAction::kSendInquiry, handler, spec.inquiry_day, "向本人发出函询通知书");
    };
    switch (spec.plan) {
      case Plan::kClosedFirstForm: {
        QF_TRY_STATUS(inquiry());
        QF_TRY_STATUS(step(cl::ClueAction::kRecordReply, handler, spec.inquiry_day + 12, "本人已书面说明情况"));
        QF_TRY_STATUS(finish(spec.inquiry_day + 20, cl::OutcomeConclusion::kSubstantiated, true));
        break;
      }
      case Plan::kClosedSecondForm:
        QF_TRY_STATUS(decide(cl::Disposition::kPreliminaryVerification, 10));
        QF_TRY_STATUS(finish(70, cl::OutcomeConclusion::kSubstantiated, true));
        break;
      case Plan::kClosedNotProven:
        QF_TRY_STATUS(decide(cl::Disposition::kPreliminaryVerification, 10));
        QF_TRY_STATUS(finish(60, cl::OutcomeConclusion::kNotSubstantiated, true));
        break;
      case Plan::kOutcomePending:
        QF_TRY_STATUS(decide(cl::Disposition::kPreliminaryVerification, 10));
        QF_TRY_STATUS(finish(85, cl::OutcomeConclusion::kSubstantiated, false));
        break;
      case Plan::kClosedAtOnce: QF_TRY_STATUS(decide(cl::Disposition::kClose, 8)); break;
      case Plan::kHeld: QF_TRY_STATUS(decide(cl::Disposition::kHold, 12)); break;
      case Plan::kAwaitingReply: QF_TRY_STATUS(inquiry()); break;
      case Plan::kVerifying: QF_TRY_STATUS(decide(cl::Disposition::kPreliminaryVerification, 10)); break;
      case Plan::kDispositionPending:
        QF_TRY_STATUS(step(cl::ClueAction::kProposeDisposition, handler, 10, "建议予以谈话函询",
                           cl::Disposition::kTalkOrInquiry));
        QF_TRY_STATUS(step(cl::ClueAction::kApprove, office, 12, "同意，报纪委书记审批"));
        break;
      case Plan::kInReview:
      case Plan::kRegistered: break;
    }

    QF_TRY(int64_t id, cl::insert_clue(conn, clue, cast.handler_account, now, due));
    QF_TRY(int64_t a1, cl::add_assignment(conn, id, cast.handler_account, cl::ClueActorRole::kHandler,
                                          cast.secretary_account, now));
    QF_TRY(int64_t a2, cl::add_assignment(conn, id, cast.office_head_account, cl::ClueActorRole::kDeptHead,
                                          cast.secretary_account, now));
    (void)a1;
    (void)a2;
    for (auto& t : measure_talks)
      if (t.clue_id == 0) t.clue_id = id;
    ++*count;
  }
  return measure_talks;
}

Result<int> build_talks(qf::store::Connection& conn, const qf::auth::ServerKey& key, const SupervisionCast& cast,
                        const std::vector<MeasureTalk>& from_clues, int64_t now) {
  int count = 0;
  auto record = [&](tk::TalkKind kind, const std::string& date, int64_t talker, const std::string& location,
                    const std::string& summary, const std::string& follow_up, const std::vector<int64_t>& people,
                    std::optional<int64_t> clue_id = std::nullopt) -> Status {
    tk::TalkInput in;
    in.kind = std::string(tk::code_of(kind));
    in.talk_date = date;
    in.talker_person_id = talker;
    in.location = location;
    in.summary = summary;
    in.follow_up = follow_up;
    in.clue_id = clue_id;
    for (int64_t p : people) in.participants.push_back({p, ""});
    QF_TRY(int64_t id, tk::create_talk(conn, key, in, kDemoToday, std::nullopt, now));
    (void)id;
    ++count;
    return {};
  };

  // Collective talks (新提拔、转任干部集体廉政谈话) for the demo year's promotions and
  // transfers, one per kind and month, two days after the month's last event — except
  // for a few people (on leave that day), and for events too recent to have had one.
  struct Change {
    int64_t person;
    std::string date;
  };
  std::map<std::pair<std::string, std::string>, std::vector<Change>> groups;  // (kind, yyyy-mm) → changes
  std::set<int64_t> seen;
  for (const auto& [code, people] : cast.staff_of) {
    for (int64_t p : people) {
      if (!seen.insert(p).second) continue;
      QF_TRY(auto history, org::position_history(conn, p));
      for (const auto& e : history) {
        if ((e.kind == "promote" || e.kind == "transfer") && e.effective_date >= "2025-12-01")
          groups[{e.kind, e.effective_date.substr(0, 7)}].push_back({p, e.effective_date});
      }
    }
  }
  int group_no = 0;
  for (auto& [key, changes] : groups) {
    std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
      return a.date != b.date ? a.date < b.date : a.person < b.person;
    });
    std::string last = changes.back().date;
    std::string date = day(last).add_days(2).to_string();
    if (date > kDemoToday) continue;
    ++group_no;
    std::vector<int64_t> present;
    for (size_t i = 0; i < changes.size(); ++i) {
      if (group_no % 4 == 2 && i == 0) continue;  // absent: stays on the pending list
      present.push_back(changes[i].person);
    }
    if (present.empty()) continue;
    bool promote = key.first == "promote";
    QF_TRY_STATUS(record(tk::TalkKind::kCollectiveNewCadre, date, cast.secretary_person, "局机关五楼会议室",
                         promote ? "学习《中国共产党廉洁自律准则》，通报近期典型案例，提出新任职干部廉洁从政“十不准”要求"
                                 : "围绕新岗位廉政风险点逐项提醒，强调轮岗交流后严守工作纪律和保密纪律",
                         "签订廉洁从政承诺书，三个月内提交个人廉政风险自查表", present));
  }

  // Pre-appointment talks (任前廉政谈话) for the three leading-cadre posts filled this year.
  const char* const kPreDepts[] = {"GHC", "SPC", "BDC"};
  const char* const kPreDates[] = {"2026-02-26", "2026-05-14", "2026-09-10"};
  for (size_t i = 0; i < std::size(kPreDepts); ++i) {
    QF_TRY_STATUS(record(tk::TalkKind::kPreAppointment, kPreDates[i], cast.party_secretary_person, "党委书记办公室",
                         "任前谈话：明确廉政要求，落实“一岗双责”，管好身边人", "三个月后由纪委回访",
                         {cast.staff_of.at(kPreDepts[i]).front()}));
  }

  // Preventive reminder talks for key positions (关键岗位预防提醒谈话), each quarter.
  const char* const kKeyDepts[] = {"SPC1", "BDC1", "ZFZD1", "CWC"};
  const char* const kKeyDates[] = {"2026-03-18", "2026-06-17", "2026-09-16", "2026-11-11"};
  for (size_t i = 0; i < std::size(kKeyDepts); ++i) {
    const auto& pool = cast.staff_of.at(kKeyDepts[i]);
    std::vector<int64_t> people(pool.begin(), pool.begin() + std::min<size_t>(6, pool.size()));
    QF_TRY_STATUS(record(tk::TalkKind::kKeyPositionReminder, kKeyDates[i], cast.office_head_person, "纪检监察室",
                         "针对审批、登记、执法、资金管理等岗位廉政风险点进行预防性提醒",
                         "各岗位更新廉政风险防控台账", people));
  }

  // Reminder and admonishment talks that are first-form outcomes of clues.
  for (const auto& t : from_clues) {
    if (t.date > kDemoToday) continue;
    QF_TRY_STATUS(record(t.kind, t.date, cast.secretary_person, "纪委书记办公室",
                         t.kind == tk::TalkKind::kAdmonishment ? "依规依纪对其进行诫勉谈话，指出问题，提出整改要求"
                                                               : "就反映问题进行谈话提醒，本人作出深刻认识",
                         "一个月内提交书面整改报告", {t.person_id}, t.clue_id));
  }
  // Reminder talks before the holidays for people in charge of money and approvals.
  QF_TRY_STATUS(record(tk::TalkKind::kReminder, "2026-01-28", cast.office_head_person, "纪检监察室",
                       "春节前廉洁过节提醒：不收受礼品礼金，不违规使用公车", "节后开展“四风”问题专项检查",
                       {cast.head_of.at("CWC"), cast.head_of.at("SPC1"), cast.head_of.at("BDC1")}));
  QF_TRY_STATUS(record(tk::TalkKind::kReminder, "2026-09-24", cast.office_head_person, "纪检监察室",
                       "中秋国庆前廉洁提醒", "节日期间设立监督举报电话",
                       {cast.head_of.at("ZFZD1"), cast.head_of.at("ZFZD2"), cast.head_of.at("ZFZD3")}));

  // Routine talks (日常廉政谈话) of the Party secretary with department heads, in 2025 and 2026.
  const char* const kRoutineDates[] = {"2025-06-20", "2025-12-18", "2026-04-22", "2026-07-15", "2026-10-21"};
  const char* const kRoutineDepts[] = {"GHC", "SPC", "ZFZD", "BDC", "GDBH"};
  for (size_t i = 0; i < std::size(kRoutineDates); ++i) {
    QF_TRY_STATUS(record(tk::TalkKind::kRoutine, kRoutineDates[i], cast.party_secretary_person, "党委书记办公室",
                         "听取部门党风廉政建设情况汇报，交流思想，提出要求", "部门年度廉政风险排查",
                         {cast.head_of.at(kRoutineDepts[i])}));
  }
  // The last year's key-position and collective talks, for the comparison.
  QF_TRY_STATUS(record(tk::TalkKind::kKeyPositionReminder, "2025-09-17", cast.office_head_person, "纪检监察室",
                       "关键岗位预防提醒", "更新廉政风险防控台账",
                       {cast.staff_of.at("SPC2").front(), cast.staff_of.at("BDC2").front()}));
  return count;
}

Result<std::vector<DemoAccount>> build_bureau(qf::store::Connection& conn, const qf::Config& config, int64_t now) {
  Builder b{conn, now};
  QF_TRY(org::Unit unit, org::ensure_unit(conn, "清江市自然资源和规划局", "QJZRGH", now));
  b.unit_id = unit.id;
  int sort = 0;
  for (const auto& d : kDepartments) {
    QF_TRY(int64_t id, b.department(d, sort += 10));
    b.dept[d.code] = id;
  }
  sort = 0;
  auto branches = org::list_branches(conn, true);
  if (!branches.ok()) return branches.take_error();
  for (const auto& s : kBranches) {
    int64_t id = 0;
    for (const auto& x : *branches) if (x.code == s.code) id = x.id;
    if (id == 0) {
      QF_TRY(id, org::create_branch(conn, b.unit_id, {s.name, s.code, std::nullopt, sort += 10}, now));
    }
    b.branch[s.code] = id;
    for (const char* d : s.departments) b.branch_of_dept[d] = s.code;
  }

  // Positions: head and deputy of every department, and its work position.
  for (const auto& d : kDepartments) {
    std::string code = d.code;
    if (code == "JLD") {
      for (const char* p : {"党委书记、局长", "党委委员、副局长", "纪委书记", "党委委员、总规划师"}) {
        QF_TRY(int64_t id, b.position(code, p, true, 10));
        (void)id;
      }
      continue;
    }
    bool top = d.parent == nullptr;
    std::string head = top ? (code == "ZFZD" ? "支队长" : code == "BDC" || code == "XXZX" ? "主任" : code == "JGJW" ? "机关纪委书记" : "处长")
                           : (code.rfind("ZFZD", 0) == 0 ? "大队长" : "科长");
    QF_TRY(int64_t h, b.position(code, head, true, 10));
    (void)h;
    if (d.work_position) {
      QF_TRY(int64_t w, b.position(code, d.work_position, d.work_is_key, 30));
      (void)w;
    }
  }

  std::map<std::string, int64_t> who;  // role in the demo → person id
  // The leadership: 7 people, all Party members and leading cadres.
  QF_TRY(who["party_secretary"], b.person("JLD", "党委书记、局长", "division", true, true, true));
  QF_TRY(who["discipline_secretary"], b.person("JLD", "纪委书记", "deputy_division", true, true, true));
  QF_TRY(who["committee_member"], b.person("JLD", "党委委员、副局长", "deputy_division", true, true, true));
  std::vector<int64_t> deputies{who["committee_member"]};
  for (int i = 0; i < 3; ++i) {
    QF_TRY(int64_t id, b.person("JLD", "党委委员、副局长", "deputy_division", true, true));
    deputies.push_back(id);
  }
  QF_TRY(int64_t planner, b.person("JLD", "党委委员、总规划师", "deputy_division", true, true));
  deputies.push_back(planner);

  // Departments: a head (leading cadre), for top-level departments a deputy, and staff.
  std::map<std::string, std::vector<int64_t>> staff_of;
  std::map<std::string, int64_t> head_of;
  for (const auto& d : kDepartments) {
    std::string code = d.code;
    if (code == "JLD") continue;
    bool top = d.parent == nullptr;
    std::string head = top ? (code == "ZFZD" ? "支队长" : code == "BDC" || code == "XXZX" ? "主任" : code == "JGJW" ? "机关纪委书记" : "处长")
                           : (code.rfind("ZFZD", 0) == 0 ? "大队长" : "科长");
    QF_TRY(head_of[code], b.person(code, head, top ? "section" : "deputy_section", top, true));
    if (top && code != "JGJW") {
      QF_TRY(int64_t dep, b.person(code, "", "deputy_section", true, true));
      staff_of[code].push_back(dep);
    }
    for (int i = 0; i < d.staff; ++i) {
      static const char* const kStaffRanks[] = {"clerk", "officer", "officer", "officer", "deputy_section", "section"};
      std::string rank = b.rnd.pick(kStaffRanks);
      std::string position = d.work_position && b.rnd.chance(75) ? d.work_position : "";
      QF_TRY(int64_t id, b.person(code, position, rank, false, b.rnd.chance(66)));
      staff_of[code].push_back(id);
    }
  }

  // Branch secretaries and inspectors (支部书记 / 支部纪检委员) among the members.
  std::map<std::string, int64_t> branch_secretary;
  for (const auto& s : kBranches) {
    org::Branch br;
    QF_TRY(br, org::get_branch(conn, b.branch.at(s.code)));
    int64_t sec = head_of.count(s.departments.front()) ? head_of.at(s.departments.front()) : who["party_secretary"];
    if (std::string(s.code) == "ZB01") sec = head_of.at("BGS");
    branch_secretary[s.code] = sec;
    QF_TRY_STATUS(org::update_branch(conn, br.id, {br.name, br.code, sec, br.sort_order}, now));
  }

  // 分管: each committee member oversees two or three departments since 2024-01-01.
  const std::vector<std::vector<const char*>> oversight{
      {"GHC", "CHDL"}, {"SPC", "GDBH"}, {"ZFZD", "FGC"}, {"BDC", "XXZX"}, {"BGS", "CWC", "RSC"}};
  for (size_t i = 0; i < oversight.size() && i < deputies.size(); ++i) {
    for (const char* d : oversight[i]) {
      auto existing = org::list_oversight(conn, deputies[i]);
      if (!existing.ok()) return existing.take_error();
      bool have = false;
      for (const auto& o : *existing) have = have || o.department_id == b.dept.at(d);
      if (!have) {
        auto r = org::add_oversight(conn, deputies[i], b.dept.at(d), "2024-01-01");
        if (!r.ok()) return r.take_error();
      }
    }
  }

  // A year of position changes (2025-12 … 2026-11): promotions first, transfers later,
  // so every person's events stay in date order.
  std::vector<std::string> codes;
  for (const auto& [code, list] : staff_of) codes.push_back(code);
  std::vector<std::pair<int64_t, std::string>> candidates;  // person, department code
  for (const auto& code : codes) {
    for (int64_t id : staff_of[code]) candidates.emplace_back(id, code);
  }
  auto month_date = [&](int m) {  // m = 0 → 2025-12
    return m == 0 ? b.date(2025, 12, 1 + b.rnd.below(28)) : b.date(2026, m, 1 + b.rnd.below(28));
  };
  for (size_t i = 0; i < candidates.size(); ++i) {
    auto [id, code] = candidates[i];
    bool promote = b.rnd.chance(15);
    bool transfer = b.rnd.chance(10);
    if (!b.created.count(id)) continue;  // --force over existing people: leave their history
    if (promote) {
      QF_TRY(org::Person p, org::get_person_unscoped(conn, id));
      std::string up = next_rank(p.rank);
      if (up != p.rank && org::rank_level(up) <= org::rank_level("section")) {
        org::PositionEventInput ev{"promote", p.department_id, p.position_id, up, month_date(b.rnd.below(6)),
                                   "2026年度干部选拔任用"};
        QF_TRY(int64_t e, org::record_position_event(conn, id, ev, std::nullopt, now));
        (void)e;
        ++b.events;
      }
    }
    if (transfer) {
      const std::string& to = codes[static_cast<size_t>(b.rnd.below(static_cast<int>(codes.size())))];
      if (to == code) continue;
      std::optional<int64_t> to_pos;
      for (const auto& d : kDepartments) {
        if (to == d.code && d.work_position) {
          QF_TRY(int64_t pid, b.position(to, d.work_position, d.work_is_key, 30));
          to_pos = pid;
        }
      }
      org::PositionEventInput ev{"transfer", b.dept.at(to), to_pos, "", month_date(6 + b.rnd.below(6)), "岗位交流轮岗"};
      QF_TRY(int64_t e, org::record_position_event(conn, id, ev, std::nullopt, now));
      (void)e;
      ++b.events;
    }
  }

  // One demo account per role, linked to the person who would hold it.
  auto in_branch = [&](const char* branch_code, int64_t not_this) -> Result<int64_t> {
    org::PeopleQuery q;
    q.branch_id = b.branch.at(branch_code);
    q.sort = "employee_no";
    q.limit = 50;
    auth::Principal all;
    all.unit_wide = true;
    QF_TRY(auto r, org::search_people(conn, all, q));
    for (const auto& p : r.first) if (p.id != not_this && !p.is_leading_cadre) return p.id;
    return qf::Error::internal("demo: branch without members");
  };
  using auth::Role;
  using auth::ScopeKind;
  QF_TRY(int64_t inspector, in_branch("ZB02", branch_secretary["ZB02"]));
  std::vector<DemoAccount> accounts{
      {"sysadmin", "系统管理员", std::nullopt, {{Role::kSysAdmin, ScopeKind::kUnit, {}}}},
      {"secadmin", "安全管理员", std::nullopt, {{Role::kSecAdmin, ScopeKind::kUnit, {}}}},
      {"auditor", "审计管理员", std::nullopt, {{Role::kAuditor, ScopeKind::kUnit, {}}}},
      {"dangwei", "", who["party_secretary"], {{Role::kPartySecretary, ScopeKind::kUnit, {}}}},
      {"jiwei", "", who["discipline_secretary"], {{Role::kDisciplineSecretary, ScopeKind::kUnit, {}}}},
      {"jijian", "", staff_of["JGJW"].front(), {{Role::kDisciplineMember, ScopeKind::kUnit, {}}}},
      // 纪检监察室主任: the head of the discipline-inspection office signs clues as 部门负责人.
      {"jjszr", "", head_of.at("JGJW"), {{Role::kDisciplineMember, ScopeKind::kUnit, {}}}},
      {"banzi", "", who["committee_member"], {{Role::kCommitteeMember, ScopeKind::kOverseen, {}}}},
      {"zhibu", "", branch_secretary["ZB02"], {{Role::kBranchSecretary, ScopeKind::kBranch, b.branch.at("ZB02")}}},
      {"zhibujw", "", inspector, {{Role::kBranchInspector, ScopeKind::kBranch, b.branch.at("ZB02")}}},
      {"chuzhang", "", head_of.at("GHC"), {{Role::kDeptHead, ScopeKind::kDepartment, b.dept.at("GHC")}}},
      {"renshi", "", staff_of["RSC"].back(), {{Role::kOrgHr, ScopeKind::kUnit, {}}}},
      {"zhigong", "", staff_of["SPC1"].front(), {{Role::kStaff, ScopeKind::kSelf, {}}}},
  };
  std::map<std::string, int64_t> account_ids;
  for (auto& a : accounts) {
    if (a.person_id) {
      QF_TRY(org::Person p, org::get_person_unscoped(conn, *a.person_id));
      a.display_name = p.name;
    }
    QF_TRY(auto existing, auth::find_by_username(conn, a.username));
    int64_t id = 0;
    if (existing) {
      id = existing->id;
      QF_TRY_STATUS(auth::update_account(conn, id, a.display_name, a.person_id));
      // Already the demo password (an earlier demo run): the history forbids setting it again.
      if (!auth::check_own_password(conn, id, kDemoPassword, "password").ok()) {
        QF_TRY_STATUS(auth::set_password(conn, config.security, id, kDemoPassword, false, now));
      }
      QF_TRY_STATUS(auth::unlock_account(conn, id));
    } else {
      auth::NewAccount n;
      n.username = a.username;
      n.display_name = a.display_name;
      n.person_id = a.person_id;
      n.password = kDemoPassword;
      n.must_change_password = false;
      QF_TRY(id, auth::create_account(conn, config.security, n, now));
    }
    QF_TRY_STATUS(auth::grant_roles(conn, id, a.grants, std::nullopt, now));
    account_ids[a.username] = id;
  }

  // A year of supervision work, added only to a database without clues / talks.
  SupervisionCast cast;
  auto display = [&](const std::string& user) {
    for (const auto& a : accounts) if (a.username == user) return a.display_name;
    return user;
  };
  cast.handler_account = account_ids.at("jijian");
  cast.handler_name = display("jijian");
  cast.office_head_account = account_ids.at("jjszr");
  cast.office_head_name = display("jjszr");
  cast.secretary_account = account_ids.at("jiwei");
  cast.secretary_name = display("jiwei");
  cast.secretary_person = who["discipline_secretary"];
  cast.party_secretary_person = who["party_secretary"];
  cast.office_head_person = head_of.at("JGJW");
  cast.staff_of = staff_of;
  cast.head_of = head_of;
  cast.branch_secretary = branch_secretary;
  SupervisionCounts sup;
  QF_TRY(auto first_clue, cl::clue_id_by_number(conn, "〔2025〕线索第1号"));
  std::vector<MeasureTalk> measure_talks;
  if (!first_clue) {
    auto clue_section = config.module_section("clues");
    auto clue_cfg = cl::ClueConfig::from_toml(clue_section.toml, clue_section.source);
    if (!clue_cfg.ok()) return clue_cfg.take_error();
    QF_TRY(measure_talks, build_clues(conn, *clue_cfg, cast, now, &sup.clues));
  }
  tk::TalkQuery any_talk;
  any_talk.include_archived = true;
  any_talk.limit = 1;
  QF_TRY(qf::auth::ServerKey talk_key, tk::talk_key(config.security.secret_key_file));
  QF_TRY(auto existing_talks, tk::list_talks(conn, talk_key, any_talk));
  if (existing_talks.second == 0) {
    QF_TRY(sup.talks, build_talks(conn, talk_key, cast, measure_talks, now));
  }

  qf::audit::AuditEvent ev;
  ev.actor = "system";
  ev.action = "org.demo";
  ev.object_type = "unit";
  ev.object_id = std::to_string(b.unit_id);
  ev.summary = "qingfeng demo：演示单位 " + std::to_string(b.people) + " 人、" + std::to_string(b.events) +
               " 条岗位变动、" + std::to_string(accounts.size()) + " 个演示账号、" + std::to_string(sup.clues) +
               " 条问题线索、" + std::to_string(sup.talks) + " 次廉政谈话 / demo bureau loaded";
  ev.client_addr = "cli";
  ev.at_ms = now;
  QF_TRY_STATUS(qf::audit::append(conn, ev));
  std::cout << "演示单位 / demo unit: " << unit.name << "，部门 / departments " << b.dept.size() << "，党支部 / branches "
            << b.branch.size() << "，人员 / people " << b.people << "，岗位变动 / position events " << b.events
            << "，问题线索 / clues " << sup.clues << "，廉政谈话 / integrity talks " << sup.talks << "\n";
  return accounts;
}

// Organisation data already present (units or people)?
Result<bool> has_org_data(qf::store::Connection& conn) {
  auto unit = org::get_unit(conn);
  if (unit.ok()) return true;
  if (unit.error().kind != qf::ErrorKind::kNotFound) return unit.take_error();
  return false;
}

void add_demo(CLI::App& root) {
  auto* cmd = root.add_subcommand(
      "demo", bi("向空数据库写入演示单位（部门、党支部、约300名人员、岗位变动、一年的问题线索和廉政谈话）和各角色演示账号",
                 "Fill an empty database with a demonstration bureau (departments, branches, ~300 people, position "
                 "changes, a year of problem clues and integrity talks) and one demo account per role"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  static bool force = false;
  cmd->add_flag("--force", force, bi("数据库已有组织数据时仍然写入（已存在的编码/工号保持不变）",
                                      "Run even if organisation data exists (existing codes / employee numbers are kept)"));
  cmd->callback([] {
    auto opened = qf::cli::open_database(2);
    auto* config = &opened.config;
    auto* db = &opened.db;
    {
      auto lease = (*db)->acquire();
      if (!lease.ok()) fail(lease.error());
      auto version = qf::store::schema_version(lease->get());
      if (!version.ok()) fail(version.error());
      if (*version < qf::store::binary_schema_version()) {
        fail(qf::Error::invalid("demo.not_migrated", "数据库尚未初始化，请先运行 qingfeng init（或 qingfeng migrate）",
                                "The database is not initialised: run qingfeng init (or qingfeng migrate) first"));
      }
      auto has = has_org_data(lease->get());
      if (!has.ok()) fail(has.error());
      if (*has && !force) {
        fail(qf::Error::invalid("demo.not_empty",
                                "数据库中已有组织数据，演示数据只写入空数据库；确需写入请加 --force",
                                "The database already holds organisation data; the demo fills empty databases only "
                                "(use --force to add it anyway)"));
      }
    }
    qf::SystemClock clock;
    auto accounts = (*db)->transaction([&](qf::store::Connection& c) { return build_bureau(c, *config, clock.now_ms()); });
    if (!accounts.ok()) fail(accounts.error());
    std::string host = config->server.address == "0.0.0.0" ? "127.0.0.1" : config->server.address;
    std::cout << "\n启动服务后访问 / after `qingfeng serve`, open: " << (config->server.tls_cert_file.empty() ? "http" : "https")
              << "://" << host << ":" << config->server.port << "/\n\n";
    std::cout << "角色 / role                                  用户名 / username   密码 / password   人员 / person\n";
    for (const auto& a : *accounts) {
      std::string role(auth::role_label_zh(a.grants.front().role));
      role += " / " + std::string(auth::role_code(a.grants.front().role));
      std::string pad(role.size() < 44 ? 44 - role.size() : 1, ' ');
      std::string user = a.username + std::string(a.username.size() < 20 ? 20 - a.username.size() : 1, ' ');
      std::cout << role << pad << user << kDemoPassword << "     " << a.display_name << "\n";
    }
    std::cout << "\n演示账号无需修改密码，仅供试用，切勿用于生产。\n"
                 "Demo accounts need no password change; for trying out only, never in production.\n";
    // Every module's own demo data (QF_REGISTER_DEMO), in order: petitions and reports
    // (cli/demo_reports.cpp), …
    auto steps = qf::cli::demo_registry();
    std::stable_sort(steps.begin(), steps.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    qf::cli::DemoContext ctx{**db, *config, kDemoPassword};
    for (const auto& step : steps) step.run(ctx);
  });
}
QF_REGISTER_COMMAND(95, add_demo);

}  // namespace

// `qingfeng demo`: fills an empty (migrated) database with a realistic demonstration
// bureau — 清江市自然资源和规划局: 12 departments with sub-units, 8 Party branches that
// do not coincide with departments, positions (key positions marked), ~300 people
// with Chinese names, ranks, Party membership and a year of dated promotions and
// transfers, the committee members' oversight (分管), and one demo account per role
// (password Qingfeng@2026, no forced change) linked to people. Deterministic: the
// same binary always produces the same bureau (fixed seed, fixed dates).
// Refuses a database that already holds organisation data unless --force (then
// records whose codes / employee numbers exist are left as they are).
#include <iostream>
#include <map>
#include <set>

#include "cli/command.h"
#include "core/clock.h"
#include "core/config.h"
#include "domain/audit/audit_event.h"
#include "domain/auth/accounts.h"
#include "domain/auth/credentials.h"
#include "domain/org/org_codes.h"
#include "domain/org/people.h"
#include "domain/org/structure.h"
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
    char buf[16];
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
      {"banzi", "", who["committee_member"], {{Role::kCommitteeMember, ScopeKind::kOverseen, {}}}},
      {"zhibu", "", branch_secretary["ZB02"], {{Role::kBranchSecretary, ScopeKind::kBranch, b.branch.at("ZB02")}}},
      {"zhibujw", "", inspector, {{Role::kBranchInspector, ScopeKind::kBranch, b.branch.at("ZB02")}}},
      {"chuzhang", "", head_of.at("GHC"), {{Role::kDeptHead, ScopeKind::kDepartment, b.dept.at("GHC")}}},
      {"renshi", "", staff_of["RSC"].back(), {{Role::kOrgHr, ScopeKind::kUnit, {}}}},
      {"zhigong", "", staff_of["SPC1"].front(), {{Role::kStaff, ScopeKind::kSelf, {}}}},
  };
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
  }

  qf::audit::AuditEvent ev;
  ev.actor = "system";
  ev.action = "org.demo";
  ev.object_type = "unit";
  ev.object_id = std::to_string(b.unit_id);
  ev.summary = "qingfeng demo：演示单位 " + std::to_string(b.people) + " 人、" + std::to_string(b.events) +
               " 条岗位变动、" + std::to_string(accounts.size()) + " 个演示账号 / demo bureau loaded";
  ev.client_addr = "cli";
  ev.at_ms = now;
  QF_TRY_STATUS(qf::audit::append(conn, ev));
  std::cout << "演示单位 / demo unit: " << unit.name << "，部门 / departments " << b.dept.size() << "，党支部 / branches "
            << b.branch.size() << "，人员 / people " << b.people << "，岗位变动 / position events " << b.events << "\n";
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
      "demo", bi("向空数据库写入演示单位（部门、党支部、约300名人员、岗位变动）和各角色演示账号",
                 "Fill an empty database with a demonstration bureau (departments, branches, ~300 people, position "
                 "changes) and one demo account per role"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  static bool force = false;
  cmd->add_flag("--force", force, bi("数据库已有组织数据时仍然写入（已存在的编码/工号保持不变）",
                                      "Run even if organisation data exists (existing codes / employee numbers are kept)"));
  cmd->callback([] {
    auto& g = qf::cli::global_options();
    auto config = qf::Config::load(g.config_path);
    if (!config.ok()) fail(config.error());
    auto options = qf::store::database_options(config->database, g.database);
    options.pool_size = 2;
    auto db = qf::store::Database::open(options);
    if (!db.ok()) fail(db.error());
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
  });
}
QF_REGISTER_COMMAND(95, add_demo);

}  // namespace

#include "org_test_bureau.h"

#include <gtest/gtest.h>

namespace qf::orgtest {


Bureau make_bureau(store::Connection& conn) {
  Bureau b;
  b.unit_id = MUST(org::ensure_unit(conn, "测试市自然资源局", "UNIT", kNow)).id;
  b.office = MUST(org::create_department(conn, b.unit_id, {std::nullopt, "办公室", "BGS", 10}, kNow));
  b.planning = MUST(org::create_department(conn, b.unit_id, {std::nullopt, "规划处", "GHC", 20}, kNow));
  b.planning1 = MUST(org::create_department(conn, b.unit_id, {b.planning, "规划一科", "GH1", 10}, kNow));
  b.branch1 = MUST(org::create_branch(conn, b.unit_id, {"第一党支部", "ZB1", std::nullopt, 10}, kNow));
  b.branch2 = MUST(org::create_branch(conn, b.unit_id, {"第二党支部", "ZB2", std::nullopt, 20}, kNow));
  b.clerk_pos = MUST(org::create_position(conn, {b.office, "文秘岗", false, 10}, kNow));
  b.approval_pos = MUST(org::create_position(conn, {b.planning, "审批岗", true, 10}, kNow));
  b.section_pos = MUST(org::create_position(conn, {b.planning1, "科员岗", false, 10}, kNow));
  return b;
}

int64_t add_person(store::Connection& conn, const Bureau& b, const std::string& no, const std::string& name,
                   int64_t department, std::optional<int64_t> branch, std::optional<int64_t> position,
                   const std::string& rank) {
  org::PersonDetails d;
  d.employee_no = no;
  d.name = name;
  d.gender = "male";
  d.branch_id = branch;
  d.party_status = branch ? "member" : "masses";
  d.joined_date = "2020-09-01";
  org::Placement p;
  p.department_id = department;
  p.position_id = position;
  p.rank = rank;
  return MUST(org::create_person(conn, b.unit_id, d, p, std::nullopt, kNow));
}

auth::Principal unit_principal() {
  auth::Principal p;
  p.account_id = 1;
  p.unit_wide = true;
  p.permissions = {"org.read", "org.manage"};
  return p;
}

auth::Principal department_principal(std::set<int64_t> departments, std::optional<int64_t> person) {
  auth::Principal p;
  p.account_id = 2;
  p.person_id = person;
  p.department_ids = std::move(departments);
  p.permissions = {"org.read"};
  return p;
}

auth::Principal self_principal(int64_t person) {
  auth::Principal p;
  p.account_id = 3;
  p.person_id = person;
  p.permissions = {"org.read"};
  return p;
}

}  // namespace qf::orgtest

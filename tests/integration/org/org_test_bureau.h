#pragma once
// A small bureau for organisation tests: unit, a department tree (办公室; 规划处 with
// 规划一科), two Party branches, positions, and principals of each scope kind.
#include <string>

#include <gtest/gtest.h>

#include "domain/auth/principal.h"
#include "domain/org/people.h"
#include "domain/org/structure.h"
#include "store/database.h"

namespace qf::orgtest {

struct Bureau {
  int64_t unit_id = 0;
  int64_t office = 0;     // 办公室 BGS
  int64_t planning = 0;   // 规划处 GHC
  int64_t planning1 = 0;  // 规划一科 GH1 (under 规划处)
  int64_t branch1 = 0;    // 第一党支部
  int64_t branch2 = 0;    // 第二党支部
  int64_t clerk_pos = 0;  // 办公室/文秘岗
  int64_t approval_pos = 0;  // 规划处/审批岗 (key position)
  int64_t section_pos = 0;   // 规划一科/科员岗
};

// Creates the bureau (fails the test on error).
Bureau make_bureau(store::Connection& conn);

// Creates a person; department required, position optional.
int64_t add_person(store::Connection& conn, const Bureau& b, const std::string& no, const std::string& name,
                   int64_t department, std::optional<int64_t> branch = std::nullopt,
                   std::optional<int64_t> position = std::nullopt, const std::string& rank = "officer");

auth::Principal unit_principal();
auth::Principal department_principal(std::set<int64_t> departments, std::optional<int64_t> person = std::nullopt);
auth::Principal self_principal(int64_t person);

template <class T>
T must(Result<T> r, const char* what) {
  EXPECT_TRUE(r.ok()) << what << ": " << (r.ok() ? std::string() : r.error().to_string());
  return r.ok() ? std::move(r).value() : T{};
}
#define MUST(x) ::qf::orgtest::must((x), #x)

inline constexpr int64_t kNow = 1767225600000;  // 2026-01-01T00:00:00Z

}  // namespace qf::orgtest

// The rectification ledger's state machine: every (state, action) pair, allowed or
// refused with a bilingual message naming the state; the permission of each step; the
// [inspections] configuration.
#include <gtest/gtest.h>

#include "domain/inspections/inspection.h"
#include "domain/inspections/inspections_config.h"

namespace qf::inspections {
namespace {

using A = RectificationAction;
using S = RectificationState;

TEST(RectificationStateTest, EveryPairIsAllowedOrRefusedAsTheLedgerSays) {
  struct Case {
    S from;
    A action;
    std::optional<S> to;
  };
  const Case cases[] = {
      {S::kRectifying, A::kProgress, S::kRectifying}, {S::kRectifying, A::kReport, S::kReported},
      {S::kRectifying, A::kAccept, std::nullopt},     {S::kRectifying, A::kReturn, std::nullopt},
      {S::kReported, A::kProgress, std::nullopt},     {S::kReported, A::kReport, std::nullopt},
      {S::kReported, A::kAccept, S::kClosed},         {S::kReported, A::kReturn, S::kRectifying},
      {S::kClosed, A::kProgress, std::nullopt},       {S::kClosed, A::kReport, std::nullopt},
      {S::kClosed, A::kAccept, std::nullopt},         {S::kClosed, A::kReturn, std::nullopt},
  };
  for (const auto& c : cases) {
    auto r = next_state(c.from, c.action);
    const std::string what = std::string(state_code(c.from)) + " + " + std::string(action_code(c.action));
    if (c.to) {
      ASSERT_TRUE(r.ok()) << what;
      EXPECT_EQ(*r, *c.to) << what;
    } else {
      ASSERT_FALSE(r.ok()) << what;
      EXPECT_EQ(r.error().kind, ErrorKind::kConflict) << what;
      EXPECT_EQ(r.error().code, "inspection.illegal_transition");
      EXPECT_NE(r.error().message_zh.find(state_label_zh(c.from)), std::string::npos) << r.error().message_zh;
      EXPECT_NE(r.error().message_en.find(state_label_en(c.from)), std::string::npos) << r.error().message_en;
    }
  }
}

TEST(RectificationStateTest, OwnersReportAndTheCommitteeVerifies) {
  EXPECT_EQ(permission_of(A::kProgress), kRectificationReport);
  EXPECT_EQ(permission_of(A::kReport), kRectificationReport);
  EXPECT_EQ(permission_of(A::kAccept), kInspectionManage);
  EXPECT_EQ(permission_of(A::kReturn), kInspectionManage);
}

TEST(RectificationStateTest, CodesRoundTrip) {
  for (S s : {S::kRectifying, S::kReported, S::kClosed}) EXPECT_EQ(state_from_code(state_code(s)), s);
  for (A a : {A::kProgress, A::kReport, A::kAccept, A::kReturn}) EXPECT_EQ(action_from_code(action_code(a)), a);
  EXPECT_FALSE(state_from_code("done").has_value());
  EXPECT_FALSE(action_from_code("close").has_value());
}

TEST(InspectionsConfigTest, DefaultsAndRefusals) {
  auto empty = InspectionsConfig::from_toml("");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->due_soon_days, 7);
  auto set = InspectionsConfig::from_toml("[inspections]\ndue_soon_days = 3\n");
  ASSERT_TRUE(set.ok()) << set.error().to_string();
  EXPECT_EQ(set->due_soon_days, 3);
  auto bad = InspectionsConfig::from_toml("[inspections]\ndue_soon_days = 500\n", "qingfeng.toml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message_zh.find("qingfeng.toml:2"), std::string::npos) << bad.error().message_zh;
  auto unknown = InspectionsConfig::from_toml("[inspections]\nremind_days = 3\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message_en.find("remind_days"), std::string::npos) << unknown.error().message_en;
}

}  // namespace
}  // namespace qf::inspections

// Dictionaries: every enumeration users see is served with both labels.
#include <gtest/gtest.h>

#include <set>

#include "domain/auth/principal.h"
#include "domain/dictionary/dictionary.h"
#include "domain/org/org_codes.h"

namespace qf {
namespace {

TEST(Dictionaries, BuiltInsHaveBothLabelsAndDistinctCodes) {
  auto all = dictionary::all_dictionaries();
  std::set<std::string> names;
  for (const auto& d : all) {
    names.insert(d.name);
    EXPECT_FALSE(d.title_zh.empty()) << d.name;
    EXPECT_FALSE(d.title_en.empty()) << d.name;
    ASSERT_FALSE(d.entries.empty()) << d.name;
    std::set<std::string> codes;
    int last_sort = -1;
    for (const auto& e : d.entries) {
      EXPECT_FALSE(e.label_zh.empty()) << d.name << "." << e.code;
      EXPECT_FALSE(e.label_en.empty()) << d.name << "." << e.code;
      EXPECT_TRUE(codes.insert(e.code).second) << "duplicate code " << d.name << "." << e.code;
      EXPECT_GT(e.sort, last_sort) << d.name;
      last_sort = e.sort;
    }
  }
  for (const char* n : {"role", "scope", "gender", "rank", "party_status", "person_status", "position_event_kind", "yes_no", "permission", "account_status", "audit_action"}) {
    EXPECT_TRUE(names.count(n)) << n;
  }
}

TEST(Dictionaries, RolesComeFromThePrincipalLabels) {
  auto roles = dictionary::find("role");
  ASSERT_TRUE(roles);
  EXPECT_EQ(roles->entries.size(), auth::all_roles().size());
  EXPECT_EQ(dictionary::label_zh("role", "discipline_secretary"), std::string(auth::role_label_zh(auth::Role::kDisciplineSecretary)));
}

TEST(Dictionaries, OtherModulesRegisterTheirs) {
  dictionary::register_dictionary({"test_channel", "来源渠道", "Channel", {{"b", "乙", "B", 20}, {"a", "甲", "A", 10}}});
  auto d = dictionary::find("test_channel");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->entries.front().code, "a");  // kept in sort order
  EXPECT_EQ(dictionary::label_zh("test_channel", "b"), "乙");
  EXPECT_EQ(dictionary::label_zh("test_channel", "zzz"), "zzz");
}

TEST(OrgCodes, ImportedCellsAcceptLabelsAndShortForms) {
  EXPECT_EQ(org::parse_gender("男"), "male");
  EXPECT_EQ(org::parse_gender("Female"), "female");
  EXPECT_FALSE(org::parse_gender("未知"));
  EXPECT_EQ(org::parse_rank("副科"), "deputy_section");
  EXPECT_EQ(org::parse_rank("正处级"), "division");
  EXPECT_EQ(org::parse_rank(""), "none");
  EXPECT_FALSE(org::parse_rank("部长"));
  EXPECT_EQ(org::parse_party_status("党员"), "member");
  EXPECT_EQ(org::parse_party_status("中共预备党员"), "probationary");
  EXPECT_EQ(org::parse_yes_no("是"), true);
  EXPECT_EQ(org::parse_yes_no("否"), false);
  EXPECT_FALSE(org::parse_yes_no("也许"));
  EXPECT_LT(org::rank_level("section"), org::rank_level("deputy_division"));
  EXPECT_TRUE(org::is_party_member("probationary"));
  EXPECT_FALSE(org::is_party_member("league"));
}

}  // namespace
}  // namespace qf

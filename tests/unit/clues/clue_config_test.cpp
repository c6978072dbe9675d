// The [clues] configuration: documented defaults, overrides from TOML, and refusals
// that name the file, line and key.
#include <fstream>
#include <sstream>

#include "clue_test_support.h"

namespace qf::clues {
namespace {

using R = ClueActorRole;

TEST(ClueConfig, DefaultsAreTheDocumentedOnes) {
  ClueConfig cfg;
  EXPECT_TRUE(cfg.validate().ok());
  EXPECT_EQ(cfg.number_pattern, "〔{year}〕线索第{seq}号");
  EXPECT_EQ(cfg.disposition_approval_chain, (std::vector<R>{R::kHandler, R::kDeptHead, R::kDisciplineSecretary}));
  EXPECT_EQ(cfg.outcome_approval_chain, (std::vector<R>{R::kHandler, R::kDeptHead, R::kDisciplineSecretary}));
  EXPECT_EQ(cfg.disposition_due_months, 1);
  EXPECT_EQ(cfg.inquiry_reply_working_days, 15);
  EXPECT_EQ(cfg.verification_days, 90);
  EXPECT_EQ(cfg.verification_max_extensions, 1);
  EXPECT_EQ(cfg.extension_approver, R::kDisciplineSecretary);
  EXPECT_TRUE(cfg.roll_deadline_to_working_day);
  EXPECT_EQ(cfg.due_soon_working_days, 3);
  // An empty section is the defaults.
  auto empty = ClueConfig::from_toml("[clues]\n");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->inquiry_reply_working_days, 15);
}

TEST(ClueConfig, ReadsEveryKeyWithOrWithoutTheSectionHeader) {
  const char* text = R"([clues]
number_pattern = "清纪线〔{year}〕{seq:3}号"
disposition_approval_chain = ["handler", "dept_head", "leader_in_charge", "discipline_secretary"]
outcome_approval_chain = ["handler", "discipline_secretary"]
disposition_due_months = 2
inquiry_reply_working_days = 10
verification_days = 60
verification_extension_days = 30
verification_max_extensions = 2
extension_approver = "leader_in_charge"
roll_deadline_to_working_day = false
due_soon_working_days = 5
utc_offset_minutes = 480
)";
  auto cfg = ClueConfig::from_toml(text, "qingfeng.toml");
  ASSERT_TRUE(cfg.ok()) << cfg.error().to_string();
  EXPECT_EQ(cfg->number_pattern, "清纪线〔{year}〕{seq:3}号");
  EXPECT_EQ(cfg->disposition_approval_chain.size(), 4u);
  EXPECT_EQ(cfg->disposition_approval_chain[2], R::kLeaderInCharge);
  EXPECT_EQ(cfg->outcome_approval_chain, (std::vector<R>{R::kHandler, R::kDisciplineSecretary}));
  EXPECT_EQ(cfg->disposition_due_months, 2);
  EXPECT_EQ(cfg->inquiry_reply_working_days, 10);
  EXPECT_EQ(cfg->verification_days, 60);
  EXPECT_EQ(cfg->verification_extension_days, 30);
  EXPECT_EQ(cfg->verification_max_extensions, 2);
  EXPECT_EQ(cfg->extension_approver, R::kLeaderInCharge);
  EXPECT_FALSE(cfg->roll_deadline_to_working_day);
  EXPECT_EQ(cfg->due_soon_working_days, 5);
  auto bare = ClueConfig::from_toml("inquiry_reply_working_days = 20\n");
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->inquiry_reply_working_days, 20);
}

TEST(ClueConfig, RefusesMistakesNamingFileLineAndKey) {
  struct Case {
    const char* text;
    const char* field;
    const char* en_part;
  } cases[] = {
      {"[clues]\ninquiry_reply_workdays = 15\n", "site.toml:2", "clues.inquiry_reply_workdays"},
      {"[clues]\n\ninquiry_reply_working_days = \"15\"\n", "site.toml:3", "integer"},
      {"[clues]\ninquiry_reply_working_days = 0\n", "site.toml:2", "between 1 and 250"},
      {"[clues]\ndisposition_approval_chain = [\"handler\", \"boss\"]\n", "site.toml:2", "roles"},
      {"[clues]\ndisposition_approval_chain = [\"handler\", \"handler\"]\n", "site.toml:2", "twice"},
      {"[clues]\ndisposition_approval_chain = []\n", "site.toml:2", "empty"},
      {"[clues]\nnumber_pattern = \"线索{seq}\"\n", "site.toml:2", "{year}"},
      {"[clues]\nroll_deadline_to_working_day = 1\n", "site.toml:2", "true or false"},
      {"[clues]\nverification_days = \n", "site.toml:2", "syntax"},
  };
  for (const auto& c : cases) {
    auto r = ClueConfig::from_toml(c.text, "site.toml");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.error().field, c.field) << c.text << r.error().to_string();
    EXPECT_NE(r.error().message_en.find(c.en_part), std::string::npos) << r.error().message_en;
    EXPECT_NE(r.error().message_zh.find(c.field), std::string::npos) << r.error().message_zh;
  }
}

TEST(ClueConfig, TheDocumentedSnippetParsesToTheDefaults) {
  std::ifstream in(std::string(QF_SOURCE_DIR) + "/docs/modules/supervision.md");
  ASSERT_TRUE(in) << "docs/modules/supervision.md";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string doc = ss.str();
  size_t begin = doc.find("```toml\n[clues]");
  ASSERT_NE(begin, std::string::npos);
  begin += 8;
  size_t end = doc.find("```", begin);
  ASSERT_NE(end, std::string::npos);
  auto cfg = ClueConfig::from_toml(doc.substr(begin, end - begin), "supervision.md");
  ASSERT_TRUE(cfg.ok()) << cfg.error().to_string();
  ClueConfig d;
  EXPECT_EQ(cfg->number_pattern, d.number_pattern);
  EXPECT_EQ(cfg->disposition_approval_chain, d.disposition_approval_chain);
  EXPECT_EQ(cfg->outcome_approval_chain, d.outcome_approval_chain);
  EXPECT_EQ(cfg->disposition_due_months, d.disposition_due_months);
  EXPECT_EQ(cfg->inquiry_reply_working_days, d.inquiry_reply_working_days);
  EXPECT_EQ(cfg->verification_days, d.verification_days);
  EXPECT_EQ(cfg->verification_extension_days, d.verification_extension_days);
  EXPECT_EQ(cfg->verification_max_extensions, d.verification_max_extensions);
  EXPECT_EQ(cfg->extension_approver, d.extension_approver);
  EXPECT_EQ(cfg->roll_deadline_to_working_day, d.roll_deadline_to_working_day);
  EXPECT_EQ(cfg->due_soon_working_days, d.due_soon_working_days);
}

// The business time zone is [org] utc_offset_minutes: an old [clues] key is accepted
// when it agrees, and refused with its file:line when it does not.
TEST(ClueConfig, AnOldTimeZoneKeyThatDisagreesIsRefused) {
  ASSERT_TRUE(ClueConfig::from_toml("[clues]\nutc_offset_minutes = 480\n", "qingfeng.toml").ok());
  auto cfg = ClueConfig::from_toml("[clues]\nutc_offset_minutes = 0\n", "qingfeng.toml");
  ASSERT_FALSE(cfg.ok());
  EXPECT_EQ(cfg.error().code, "config.utc_offset_moved");
  EXPECT_NE(cfg.error().message_zh.find("qingfeng.toml:2"), std::string::npos) << cfg.error().message_zh;
}

TEST(ClueConfig, ValidateNamesTheKey) {
  ClueConfig cfg;
  cfg.verification_max_extensions = -1;
  auto st = cfg.validate();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().field, "clues.verification_max_extensions");
}

}  // namespace
}  // namespace qf::clues

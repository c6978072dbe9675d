// The clue dictionaries: stable unique codes with Chinese and English labels, the four
// forms and their measures, and the tables the dictionary registry will serve.
#include <set>

#include "clue_test_support.h"
#include "domain/dictionary/dictionary.h"

namespace qf::clues {
namespace {

template <class E>
void expect_well_formed(size_t count) {
  const auto& t = enum_labels<E>();
  EXPECT_EQ(t.size(), count);
  std::set<std::string_view> codes, zh, en;
  for (const auto& l : t) {
    EXPECT_FALSE(l.code.empty());
    EXPECT_FALSE(l.zh.empty());
    EXPECT_FALSE(l.en.empty());
    EXPECT_TRUE(codes.insert(l.code).second) << l.code;
    EXPECT_TRUE(zh.insert(l.zh).second) << l.zh;
    EXPECT_TRUE(en.insert(l.en).second) << l.en;
    EXPECT_EQ(enum_from_code<E>(l.code), l.value);
    EXPECT_EQ(code_of(l.value), l.code);
  }
  EXPECT_FALSE(enum_from_code<E>("no_such_code"));
}

TEST(ClueEnums, EveryTableHasUniqueCodesAndBothLabels) {
  expect_well_formed<ClueSource>(7);
  expect_well_formed<DisciplineCategory>(6);
  expect_well_formed<Disposition>(4);
  expect_well_formed<ClueState>(9);
  expect_well_formed<ClueAction>(13);
  expect_well_formed<ClueActorRole>(4);
  expect_well_formed<DisciplineForm>(4);
  expect_well_formed<FormMeasure>(25);
  expect_well_formed<OutcomeConclusion>(3);
  expect_well_formed<DeadlineStage>(3);
  expect_well_formed<DeadlineStatus>(5);
  expect_well_formed<LinkKind>(2);
}

TEST(ClueEnums, TheIssuesWordsAreTheLabels) {
  std::vector<std::string_view> sources;
  for (const auto& l : enum_labels<ClueSource>()) sources.push_back(l.zh);
  EXPECT_EQ(sources, (std::vector<std::string_view>{"信访举报", "审计", "巡视巡察", "专项治理", "上级转办", "大数据比对",
                                                    "自行发现"}));
  EXPECT_EQ(label_zh(DisciplineCategory::kPolitical), "违反政治纪律");
  EXPECT_EQ(label_zh(DisciplineCategory::kLife), "违反生活纪律");
  EXPECT_EQ(label_zh(Disposition::kTalkOrInquiry), "谈话函询");
  EXPECT_EQ(label_zh(Disposition::kPreliminaryVerification), "初步核实");
  EXPECT_EQ(label_zh(Disposition::kHold), "暂存待查");
  EXPECT_EQ(label_zh(Disposition::kClose), "予以了结");
  EXPECT_EQ(code_of(ClueSource::kDataCrossCheck), "data_crosscheck");
}

TEST(FourForms, EachMeasureBelongsToItsForm) {
  EXPECT_EQ(form_of(FormMeasure::kReminderTalk), DisciplineForm::kFirst);
  EXPECT_EQ(form_of(FormMeasure::kAdmonishment), DisciplineForm::kFirst);
  EXPECT_EQ(form_of(FormMeasure::kPartyWarning), DisciplineForm::kSecond);
  EXPECT_EQ(form_of(FormMeasure::kDemotion), DisciplineForm::kSecond);
  EXPECT_EQ(form_of(FormMeasure::kPostAdjustment), DisciplineForm::kSecond);
  EXPECT_EQ(form_of(FormMeasure::kRemovalFromPartyPosts), DisciplineForm::kThird);
  EXPECT_EQ(form_of(FormMeasure::kPartyProbation), DisciplineForm::kThird);
  EXPECT_EQ(form_of(FormMeasure::kGovDismissal), DisciplineForm::kThird);
  EXPECT_EQ(form_of(FormMeasure::kExpulsionFromParty), DisciplineForm::kFourth);
  EXPECT_EQ(form_of(FormMeasure::kReferralToJudiciary), DisciplineForm::kFourth);
  auto zh_of = [](DisciplineForm f) {
    std::vector<std::string_view> v;
    for (FormMeasure m : measures_of(f)) v.push_back(label_zh(m));
    return v;
  };
  EXPECT_EQ(zh_of(DisciplineForm::kFirst), (std::vector<std::string_view>{"谈话提醒", "批评教育", "责令检查",
                                                                          "责令作出书面检查", "通报批评", "诫勉"}));
  EXPECT_EQ(zh_of(DisciplineForm::kFourth),
            (std::vector<std::string_view>{"立案审查调查", "开除党籍", "开除公职", "移送司法机关"}));
  size_t total = 0;
  for (const auto& f : enum_labels<DisciplineForm>()) total += measures_of(f.value).size();
  EXPECT_EQ(total, enum_labels<FormMeasure>().size());
}

TEST(ClueDictionaries, ServeEveryEnumerationWithMeasuresUnderTheirForm) {
  auto all = clue_dictionaries();
  std::set<std::string> names;
  for (const auto& d : all) {
    EXPECT_TRUE(names.insert(d.name).second) << d.name;
    EXPECT_FALSE(d.title_zh.empty());
    EXPECT_FALSE(d.items.empty());
    for (size_t i = 0; i < d.items.size(); ++i) EXPECT_EQ(d.items[i].sort, static_cast<int>(i) + 1);
  }
  EXPECT_EQ(all.size(), 12u);
  for (const auto& d : all) {
    if (d.name != "clue.form_measure") continue;
    ASSERT_EQ(d.items.size(), 25u);
    EXPECT_EQ(d.items[0].code, "reminder_talk");
    EXPECT_EQ(d.items[0].parent, "first");
    EXPECT_EQ(d.items.back().parent, "fourth");
  }
}

TEST(ClueDictionaries, RegisteredWithTheDictionaryRegistry) {
  register_clue_dictionaries();
  EXPECT_EQ(dictionary::label_zh("clue.source", "petition"), "信访举报");
  EXPECT_EQ(dictionary::label_en("clue.disposition", "hold"), "Hold for later");
  EXPECT_EQ(dictionary::code_for_label("clue.category", "违反廉洁纪律"), "integrity");
  auto first = dictionary::find("clue.form_measure.first");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->entries.size(), 6u);
  EXPECT_EQ(first->entries.back().label_zh, "诫勉");
  auto fourth = dictionary::find("clue.form_measure.fourth");
  ASSERT_TRUE(fourth);
  EXPECT_EQ(fourth->entries.back().code, "referral_to_judiciary");
}

}  // namespace
}  // namespace qf::clues

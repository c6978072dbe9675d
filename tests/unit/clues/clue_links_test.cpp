// Splitting and merging clues keeps the history: the originals stay with their steps
// and numbers, the new clues say where they came from, links join the numbers, and
// the receipt date (so the 1-month rule) carries over.
#include "clue_test_support.h"
#include "domain/clues/clue_deadlines.h"
#include "domain/clues/clue_links.h"

namespace qf::clues {
namespace {

using namespace qf::clues::testing;
using A = ClueAction;

std::vector<ClueContent> two_parts() {
  return {{{{201, "周某", "主任"}}, "违规发放津贴", DisciplineCategory::kIntegrity},
          {{{202, "吴某", "科员"}}, "工作日饮酒", DisciplineCategory::kLife}};
}

TEST(SplitClue, ProducesNumberedCluesAndKeepsTheOriginalWithItsHistory) {
  ClueWalk w;
  w.register_on("2025-03-10", "2025-03-07").step(A::kStartReview, handler(), "2025-03-11");
  auto s = split_clue(w.clue(), two_parts(), secretary(), at("2025-03-12"), "反映两人不同问题，分别办理", w.cfg(),
                      w.numbers());
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  EXPECT_EQ(s->original.state, ClueState::kSplit);
  ASSERT_EQ(s->original.history.size(), 3u);
  EXPECT_EQ(s->original.history.back().action, A::kSplit);
  EXPECT_EQ(s->original.history.back().from, ClueState::kCollectiveReview);
  EXPECT_EQ(s->original.history.back().role, ClueActorRole::kDisciplineSecretary);
  EXPECT_NE(s->original.history.back().opinion.find("〔2025〕线索第2号"), std::string::npos);
  ASSERT_EQ(s->parts.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    const ProblemClue& p = s->parts[i];
    EXPECT_EQ(p.state, ClueState::kRegistered);
    EXPECT_EQ(p.received_on, D("2025-03-07"));
    EXPECT_EQ(p.source, w.clue().source);
    EXPECT_EQ(p.disposition_stage_start, D("2025-03-07"));
    ASSERT_EQ(p.history.size(), 1u);
    EXPECT_NE(p.history[0].opinion.find("由〔2025〕线索第1号拆分"), std::string::npos);
    EXPECT_EQ(s->links[i].kind, LinkKind::kSplit);
    EXPECT_EQ(s->links[i].from_number, "〔2025〕线索第1号");
    EXPECT_EQ(s->links[i].to_number, p.number);
  }
  EXPECT_EQ(s->parts[1].persons[0].name, "吴某");
  EXPECT_EQ(s->parts[1].category, DisciplineCategory::kLife);
  // The split parts keep the original's 1-month deadline; the original has none left.
  EXPECT_EQ(clue_deadlines(s->parts[0], w.cfg(), national(), D("2025-03-12"))[0].due, D("2025-04-07"));
  EXPECT_TRUE(clue_deadlines(s->original, w.cfg(), national(), D("2025-03-12")).empty());
}

TEST(SplitClue, RefusesBadRequests) {
  ClueWalk w;
  w.register_on("2025-03-10");
  auto one = split_clue(w.clue(), {two_parts()[0]}, handler(), at("2025-03-12"), "拆", w.cfg(), w.numbers());
  ASSERT_FALSE(one.ok());
  EXPECT_EQ(one.error().field, "parts");
  auto parts = two_parts();
  parts[1].matter = "";
  auto no_matter = split_clue(w.clue(), parts, handler(), at("2025-03-12"), "拆", w.cfg(), w.numbers());
  ASSERT_FALSE(no_matter.ok());
  EXPECT_EQ(no_matter.error().field, "parts[1].matter");
  auto no_reason = split_clue(w.clue(), two_parts(), handler(), at("2025-03-12"), "", w.cfg(), w.numbers());
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().field, "opinion");
  auto by_head = split_clue(w.clue(), two_parts(), dept_head(), at("2025-03-12"), "拆", w.cfg(), w.numbers());
  ASSERT_FALSE(by_head.ok());
  EXPECT_EQ(by_head.error().kind, ErrorKind::kForbidden);
  // Once in handling, a clue is no longer split.
  w.step(A::kStartReview, handler(), "2025-03-11").dispose(Disposition::kTalkOrInquiry, "2025-03-12");
  auto late = split_clue(w.clue(), two_parts(), handler(), at("2025-03-13"), "拆", w.cfg(), w.numbers());
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, "clue.transition.illegal");
  EXPECT_NE(late.error().message_zh.find("处置中"), std::string::npos);
  EXPECT_NE(late.error().message_zh.find("拆分"), std::string::npos);
  // No refused request consumed a number.
  EXPECT_EQ(w.numbers().high_water(2025), 1);
}

TEST(MergeClues, UnitesPersonsTakesTheEarliestReceiptAndLinksEveryOriginal) {
  ClueConfig cfg;
  InMemoryClueNumberAllocator numbers;
  NewClue a = sample_clue("2025-04-10");
  a.source = ClueSource::kAudit;
  a.persons = {{101, "陈某", "科长"}, {std::nullopt, "无名氏", ""}};
  NewClue b = sample_clue("2025-04-02");
  b.source = ClueSource::kPetition;
  b.persons = {{101, "陈某", "科长"}, {102, "刘某", "副科长"}, {std::nullopt, "无名氏", ""}};
  auto ca = register_clue(a, handler(), at("2025-04-11"), cfg, numbers);
  auto cb = register_clue(b, handler(), at("2025-04-11"), cfg, numbers);
  ASSERT_TRUE(ca.ok() && cb.ok());
  auto m = merge_clues({*ca, *cb}, {{}, "反映同一工程项目中的问题", DisciplineCategory::kIntegrity}, handler(),
                       at("2025-04-14"), "反映同一事项，合并办理", cfg, numbers);
  ASSERT_TRUE(m.ok()) << m.error().to_string();
  const ProblemClue& merged = m->merged;
  EXPECT_EQ(merged.number, "〔2025〕线索第3号");
  EXPECT_EQ(merged.received_on, D("2025-04-02"));
  EXPECT_EQ(merged.source, ClueSource::kPetition);
  ASSERT_EQ(merged.persons.size(), 3u);
  EXPECT_EQ(merged.persons[0].name, "陈某");
  EXPECT_EQ(merged.persons[1].name, "无名氏");
  EXPECT_EQ(merged.persons[2].name, "刘某");
  EXPECT_NE(merged.history[0].opinion.find("〔2025〕线索第1号、〔2025〕线索第2号"), std::string::npos);
  ASSERT_EQ(m->originals.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(m->originals[i].state, ClueState::kMerged);
    EXPECT_EQ(m->originals[i].history.back().action, A::kMerge);
    EXPECT_EQ(m->links[i].kind, LinkKind::kMerge);
    EXPECT_EQ(m->links[i].to_number, merged.number);
    EXPECT_EQ(m->links[i].opinion, "反映同一事项，合并办理");
  }
  EXPECT_EQ(m->links[0].from_number, "〔2025〕线索第1号");
  // The earliest receipt drives the deadline: 04-02 + 1 month = 05-02, a holiday → 05-06.
  EXPECT_EQ(clue_deadlines(merged, cfg, national(), D("2025-04-14"))[0].due, D("2025-05-06"));
  // Merged clues cannot act any more.
  ClueCommand review{A::kStartReview, handler(), at("2025-04-15"), ""};
  auto r = apply(m->originals[0], review, cfg);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "clue.transition.illegal");
}

TEST(MergeClues, RefusesBadRequests) {
  ClueWalk w;
  w.register_on("2025-03-10");
  ProblemClue first = w.clue();
  auto single = merge_clues({first}, {{}, "x", DisciplineCategory::kWork}, handler(), at("2025-03-12"), "并", w.cfg(),
                            w.numbers());
  ASSERT_FALSE(single.ok());
  EXPECT_EQ(single.error().field, "clues");
  auto twice = merge_clues({first, first}, {{}, "x", DisciplineCategory::kWork}, handler(), at("2025-03-12"), "并",
                           w.cfg(), w.numbers());
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().field, "clues");
  w.step(A::kStartReview, handler(), "2025-03-11").dispose(Disposition::kClose, "2025-03-12");
  auto other = register_clue(sample_clue("2025-03-10"), handler(), at("2025-03-12"), w.cfg(), w.numbers());
  ASSERT_TRUE(other.ok());
  auto closed = merge_clues({*other, w.clue()}, {{}, "x", DisciplineCategory::kWork}, handler(), at("2025-03-12"), "并",
                            w.cfg(), w.numbers());
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().code, "clue.transition.illegal");
  EXPECT_NE(closed.error().message_zh.find("已办结"), std::string::npos);
}

}  // namespace
}  // namespace qf::clues

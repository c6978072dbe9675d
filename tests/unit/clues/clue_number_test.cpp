// Clue numbering: the pattern formats and parses back, bad patterns are refused
// naming the setting, and a number is never handed out twice — not after a clue is
// deleted, archived, split or merged.
#include <algorithm>

#include "clue_test_support.h"
#include "domain/clues/clue_links.h"

namespace qf::clues {
namespace {

using namespace qf::clues::testing;

TEST(ClueNumberPattern, DefaultPatternFormatsAndParsesBack) {
  auto p = ClueNumberPattern::compile(ClueConfig{}.number_pattern);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->format(2026, 12), "〔2026〕线索第12号");
  auto n = p->parse("〔2026〕线索第12号");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->year, 2026);
  EXPECT_EQ(n->seq, 12);
  EXPECT_FALSE(p->parse("〔2026〕线索第号"));
  EXPECT_FALSE(p->parse("〔2026〕线索第12号附"));
  EXPECT_FALSE(p->parse("〔26〕线索第12号"));
  EXPECT_FALSE(p->parse("〔2026〕线索第012号"));  // not the canonical spelling
  EXPECT_FALSE(p->parse("〔2026〕线索第0号"));
}

TEST(ClueNumberPattern, ZeroPaddedSequence) {
  auto p = ClueNumberPattern::compile("JW-{year}-{seq:3}");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->format(2025, 7), "JW-2025-007");
  EXPECT_EQ(p->format(2025, 1234), "JW-2025-1234");
  ASSERT_TRUE(p->parse("JW-2025-007"));
  EXPECT_EQ(p->parse("JW-2025-007")->seq, 7);
  EXPECT_FALSE(p->parse("JW-2025-7"));
  auto q = ClueNumberPattern::compile("第{seq}号（{year}）");  // sequence first
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->parse("第3号（2025）")->year, 2025);
}

TEST(ClueNumberPattern, BadPatternsAreRefusedNamingTheSetting) {
  for (const char* bad : {"线索第{seq}号", "〔{year}〕", "{year}{seq}", "{year}-{seq}1", "{year}-{seq}-{seq}",
                          "{year}-{sequence}", "{year}-{seq", "{year}}-{seq}", "{year}-{seq:0}"}) {
    auto p = ClueNumberPattern::compile(bad);
    ASSERT_FALSE(p.ok()) << bad;
    EXPECT_EQ(p.error().field, "clues.number_pattern");
    EXPECT_NE(p.error().message_zh.find(bad), std::string::npos);
  }
}

TEST(ClueNumbering, NeverReusedAfterDeletionArchivalSplitOrMerge) {
  ClueConfig cfg;
  InMemoryClueNumberAllocator numbers;
  std::vector<ProblemClue> book;
  for (int i = 0; i < 3; ++i) {
    auto c = register_clue(sample_clue(), handler(), at("2025-03-03"), cfg, numbers);
    ASSERT_TRUE(c.ok());
    book.push_back(*c);
  }
  EXPECT_EQ(book[2].number, "〔2025〕线索第3号");
  // The newest clue is deleted (registered by mistake): its number stays used.
  book.pop_back();
  auto next = register_clue(sample_clue(), handler(), at("2025-03-04"), cfg, numbers);
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(next->number, "〔2025〕线索第4号");
  book.push_back(*next);
  // Split and merge hand out fresh numbers; the originals keep theirs.
  auto s = split_clue(book[0], {{{{1, "甲", ""}}, "甲", DisciplineCategory::kWork}, {{{2, "乙", ""}}, "乙", DisciplineCategory::kLife}},
                      handler(), at("2025-03-05"), "分别办理", cfg, numbers);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->parts[0].number, "〔2025〕线索第5号");
  EXPECT_EQ(s->parts[1].number, "〔2025〕线索第6号");
  EXPECT_EQ(s->original.number, "〔2025〕线索第1号");
  auto m = merge_clues({book[1], book[2]}, {{}, "同一事项", DisciplineCategory::kIntegrity}, handler(), at("2025-03-05"),
                       "合并", cfg, numbers);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->merged.number, "〔2025〕线索第7号");
  // Everything is archived away; numbering goes on.
  book.clear();
  auto later = register_clue(sample_clue(), handler(), at("2025-11-03"), cfg, numbers);
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->number, "〔2025〕线索第8号");
  // A new year starts at 1.
  auto new_year = register_clue(sample_clue("2025-12-29"), handler(), at("2026-01-05"), cfg, numbers);
  ASSERT_TRUE(new_year.ok());
  EXPECT_EQ(new_year->number, "〔2026〕线索第1号");
  EXPECT_EQ(numbers.high_water(2025), 8);
}

TEST(ClueNumbering, ImportedNumbersRaiseTheHighWaterMarkButNeverLowerIt) {
  ClueConfig cfg;
  InMemoryClueNumberAllocator numbers;
  auto p = ClueNumberPattern::compile(cfg.number_pattern);
  ASSERT_TRUE(p.ok());
  for (const char* legacy : {"〔2025〕线索第41号", "〔2025〕线索第9号"}) {
    auto n = p->parse(legacy);
    ASSERT_TRUE(n);
    numbers.observe(n->year, n->seq);
  }
  numbers.observe(2025, 3);
  auto c = register_clue(sample_clue(), handler(), at("2025-05-06"), cfg, numbers);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->number_seq, 42);
}

class FailingAllocator final : public ClueNumberAllocator {
 public:
  Result<int64_t> next_seq(int) override {
    return Error::make(ErrorKind::kUnavailable, "store.busy", "数据库繁忙", "Database busy");
  }
};

TEST(ClueNumbering, AnAllocatorFailureRefusesTheRegistration) {
  FailingAllocator numbers;
  auto c = register_clue(sample_clue(), handler(), at("2025-05-06"), ClueConfig{}, numbers);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, "store.busy");
}

}  // namespace
}  // namespace qf::clues

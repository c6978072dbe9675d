#include "core/credit_code.h"

#include <gtest/gtest.h>

namespace qf {
namespace {

TEST(CreditCode, AcceptsValidCodes) {
  for (const char* code : {"91330122803080104J", "913301080657889005", "91350100M000100Y43"}) {
    CreditCodeProblem p;
    CreditCode cc = CreditCode::parse(code, &p);
    EXPECT_TRUE(cc.valid()) << code;
    EXPECT_EQ(cc.str(), code);
    EXPECT_EQ(p, CreditCodeProblem::kNone);
  }
}

TEST(CreditCode, CheckCharacterFollowsGb32100) {
  EXPECT_EQ(CreditCode::check_character("91350100M000100Y4"), '3');
  EXPECT_EQ(CreditCode::check_character("91330122803080104"), 'J');
}

TEST(CreditCode, UpperCasesAndFoldsFullWidth) {
  EXPECT_EQ(CreditCode::parse("91330122803080104j").str(), "91330122803080104J");
  EXPECT_EQ(CreditCode::parse(" 9133 0122 8030 8010 4J ").str(), "91330122803080104J");
  EXPECT_EQ(CreditCode::parse("９１３３０１２２８０３０８０１０４Ｊ").str(), "91330122803080104J");
}

TEST(CreditCode, ReportsEachProblem) {
  CreditCodeProblem p;
  EXPECT_FALSE(CreditCode::parse("", &p).valid());
  EXPECT_EQ(p, CreditCodeProblem::kBlank);
  EXPECT_FALSE(CreditCode::parse("9133012280308010", &p).valid());
  EXPECT_EQ(p, CreditCodeProblem::kBadLength);
  EXPECT_FALSE(CreditCode::parse("91330122803080104K", &p).valid());
  EXPECT_EQ(p, CreditCodeProblem::kBadCheckCharacter);
  EXPECT_FALSE(CreditCode::parse("9133012280308010IJ", &p).valid());  // I is not in the alphabet
  EXPECT_EQ(p, CreditCodeProblem::kBadCharacter);
  EXPECT_FALSE(CreditCode::parse("91330122803080104—", &p).valid());
  EXPECT_EQ(p, CreditCodeProblem::kBadCharacter);
}

}  // namespace
}  // namespace qf

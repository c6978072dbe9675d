#include "core/resident_id.h"

#include <gtest/gtest.h>

namespace qf {
namespace {

TEST(ResidentId, AcceptsValid18WithCheckX) {
  ResidentIdProblem p;
  ResidentId id = ResidentId::parse("11010519491231002X", &p);
  ASSERT_TRUE(id.valid());
  EXPECT_EQ(p, ResidentIdProblem::kNone);
  EXPECT_EQ(id.str(), "11010519491231002X");
  EXPECT_EQ(id.birth_yyyymmdd(), 19491231u);
}

TEST(ResidentId, CheckCharacterFollowsGb11643) {
  EXPECT_EQ(ResidentId::check_character("11010519491231002"), 'X');
  EXPECT_EQ(ResidentId::check_character("33012219841120628"), '9');
}

TEST(ResidentId, LowerCaseXSpacesAndFullWidthAreCleaned) {
  EXPECT_EQ(ResidentId::parse(" 110105 19491231 002x ").str(), "11010519491231002X");
  EXPECT_EQ(ResidentId::parse("３３０１２２１９８４１１２０６２８９").str(), "330122198411206289");
  EXPECT_EQ(ResidentId::parse("330122\xE3\x80\x80" "198411206289").str(), "330122198411206289");
  EXPECT_EQ(ResidentId::parse("11010519491231002ｘ").str(), "11010519491231002X");
}

TEST(ResidentId, Converts15DigitsTo18) {
  ResidentId id = ResidentId::parse("330122841120628");
  ASSERT_TRUE(id.valid());
  EXPECT_EQ(id.str(), "330122198411206289");
  EXPECT_EQ(id, ResidentId::parse("330122198411206289"));
  EXPECT_EQ(id.birth_yyyymmdd(), 19841120u);
}

TEST(ResidentId, WrongCheckDigitIsRejected) {
  ResidentIdProblem p;
  EXPECT_FALSE(ResidentId::parse("330122198411206288", &p).valid());
  EXPECT_EQ(p, ResidentIdProblem::kBadCheckDigit);
}

TEST(ResidentId, ReportsEachProblem) {
  ResidentIdProblem p;
  EXPECT_FALSE(ResidentId::parse("", &p).valid());
  EXPECT_EQ(p, ResidentIdProblem::kBlank);
  EXPECT_FALSE(ResidentId::parse("   ", &p).valid());
  EXPECT_EQ(p, ResidentIdProblem::kBlank);
  EXPECT_FALSE(ResidentId::parse("3301221984112062", &p).valid());
  EXPECT_EQ(p, ResidentIdProblem::kBadLength);
  EXPECT_FALSE(ResidentId::parse("33012219841120628A", &p).valid());
  EXPECT_EQ(p, ResidentIdProblem::kBadCharacter);
  EXPECT_FALSE(ResidentId::parse("3301221984112062X9", &p).valid());
  EXPECT_EQ(p, ResidentIdProblem::kBadCharacter);
  // 1984-02-30 with a correct check digit is still not a date.
  std::string s = "33012219840230628";
  s.push_back(ResidentId::check_character(s));
  EXPECT_FALSE(ResidentId::parse(s, &p).valid());
  EXPECT_EQ(p, ResidentIdProblem::kBadBirthDate);
}

TEST(ResidentId, PackedRoundTrips) {
  ResidentId id = ResidentId::parse("11010519491231002X");
  EXPECT_EQ(ResidentId::from_packed(id.packed()).str(), "11010519491231002X");
  EXPECT_EQ(ResidentId().packed(), 0u);
}

}  // namespace
}  // namespace qf

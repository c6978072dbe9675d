// The loader's credit-code fast path must accept exactly the fields that
// qf::CreditCode::parse accepts as valid and leaves unchanged (canonical codes).
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/credit_code.h"
#include "crosscheck/credit_code_fast.h"

namespace qf::crosscheck {
namespace {

TEST(CreditCodeFastPath, AgreesWithTheReferenceParser) {
  const std::string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const std::string noise = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz ,-";
  std::mt19937 rng(7);
  int fast_count = 0;
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    for (int i = 0; i < 17; ++i) s.push_back(alphabet[rng() % alphabet.size()]);
    s.push_back(CreditCode::check_character(s));
    if (iter % 2) {  // damage it: a character, the length, the case
      switch (rng() % 4) {
        case 0: s[rng() % s.size()] = noise[rng() % noise.size()]; break;
        case 1: s.pop_back(); break;
        case 2: s.push_back('1'); break;
        case 3: s[rng() % s.size()] |= 0x20; break;
      }
    }
    CreditCode cc = CreditCode::parse(s);
    bool canonical_valid = cc.valid() && cc.str() == s;
    ASSERT_EQ(is_canonical_valid_code(s), canonical_valid) << s;
    fast_count += canonical_valid;
  }
  EXPECT_GT(fast_count, 10000);  // every undamaged code, and damaged ones that stay valid
  EXPECT_FALSE(is_canonical_valid_code(""));
  EXPECT_FALSE(is_canonical_valid_code("９１330106MA2CFQXB2N"));
  EXPECT_FALSE(is_canonical_valid_code(" 91330106MA2CFQXB2"));
}

}  // namespace
}  // namespace qf::crosscheck

#pragma once
// CreditCode (统一社会信用代码): the 18-character unified social credit code of
// GB 32100-2015. parse() upper-cases, drops white space, folds full-width letters and
// digits, and verifies the check character (the 18th) over the 31-character alphabet
// 0-9 A-H J-N P-R T U W-Y (no I, O, S, V, Z).
#include <array>
#include <string>
#include <string_view>

namespace qf {

enum class CreditCodeProblem {
  kNone,
  kBlank,
  kBadLength,       // not 18 characters after clean-up
  kBadCharacter,    // a character outside the GB 32100 alphabet
  kBadCheckCharacter,
};

const char* credit_code_problem_zh(CreditCodeProblem p);
const char* credit_code_problem_en(CreditCodeProblem p);

class CreditCode {
 public:
  CreditCode() = default;  // invalid

  static CreditCode parse(std::string_view text, CreditCodeProblem* problem = nullptr);
  // GB 32100 check character for the first 17 characters (which must be in the
  // alphabet); '\0' if one is not.
  static char check_character(std::string_view first17);

  bool valid() const { return valid_; }
  // The 18-character canonical code ("" when invalid). Valid while *this lives.
  std::string_view str() const { return valid_ ? std::string_view(code_.data(), 18) : std::string_view(); }

 private:
  std::array<char, 18> code_{};  // inline: parsing never allocates
  bool valid_ = false;
};

}  // namespace qf

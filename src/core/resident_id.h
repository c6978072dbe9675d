#pragma once
// ResidentId (居民身份证号码): an 18-character PRC resident identity number whose
// check character is correct per GB 11643-1999. parse() accepts what registries and
// clerks actually write: spaces anywhere (ASCII or U+3000), full-width digits and X,
// lower-case x, and legacy 15-digit numbers (converted by inserting "19" before the
// two-digit year and computing the check character).
//
// A valid ID is determined by its first 17 digits, so it packs into a uint64
// (packed()), which the cross-check engine uses as a join key without interning.
#include <cstdint>
#include <string>
#include <string_view>

namespace qf {

enum class ResidentIdProblem {
  kNone,
  kBlank,           // nothing but white space
  kBadLength,       // not 15 or 18 characters after clean-up
  kBadCharacter,    // a character other than a digit (or X in the last place)
  kBadCheckDigit,   // 18 characters whose last one is not the GB 11643 check character
  kBadBirthDate,    // the encoded birth date is not a calendar date
};

// Chinese / English description of a problem, for data-quality reports.
const char* resident_id_problem_zh(ResidentIdProblem p);
const char* resident_id_problem_en(ResidentIdProblem p);

class ResidentId {
 public:
  ResidentId() = default;  // invalid (packed() == 0)

  // Parses and validates; on failure returns an invalid ResidentId and sets *problem.
  static ResidentId parse(std::string_view text, ResidentIdProblem* problem = nullptr);
  // Rebuilds from packed() (which must come from a valid ID).
  static ResidentId from_packed(uint64_t packed);

  // GB 11643 check character ('0'-'9' or 'X') for the first 17 digits.
  static char check_character(std::string_view first17);

  bool valid() const { return packed_ != 0; }
  // The first 17 digits as an integer, offset by one so that 0 means "invalid".
  uint64_t packed() const { return packed_; }
  // The 18-character canonical form ("" when invalid).
  std::string str() const;
  // Birth date encoded in the ID as yyyymmdd (0 when invalid).
  uint32_t birth_yyyymmdd() const;

  friend bool operator==(const ResidentId&, const ResidentId&) = default;

 private:
  uint64_t packed_ = 0;
};

}  // namespace qf

#pragma once
// The loader's fast path for credit codes: almost every code in a registry export is
// already canonical (exactly 18 upper-case characters of the GB 32100 alphabet with a
// correct check character). is_canonical_valid_code() recognises exactly those in
// one pass without building a CreditCode; every other field (blank, lower case,
// spaces, full-width, wrong length or check character) goes through
// qf::CreditCode::parse, which stays the reference and reports the problem.
// Tests compare the two on random and damaged codes.
#include <string_view>

namespace qf::crosscheck {

bool is_canonical_valid_code(std::string_view field);

}  // namespace qf::crosscheck

#pragma once
// The loader's fast path for resident IDs: almost every ID in a registry export is
// already canonical (exactly 18 ASCII characters: 17 digits and a digit or upper-case
// X, the right GB 11643 check character, a calendar birth date). canonical_resident_id()
// recognises exactly those in one pass and returns ResidentId::packed() for them;
// every other field (blank, spaces, full-width, lower-case x, 15 digits, any problem)
// returns 0 and goes through qf::ResidentId::parse, which stays the reference and
// reports the problem. Tests compare the two on random and damaged IDs.
#include <cstdint>
#include <string_view>

namespace qf::crosscheck {

uint64_t canonical_resident_id(std::string_view field);

}  // namespace qf::crosscheck

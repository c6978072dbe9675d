#pragma once
// Clue numbers (线索编号): a per-year sequence shown through a configurable pattern,
// e.g. "〔{year}〕线索第{seq}号" → 〔2026〕线索第12号.
//
// The rule: a number, once handed out, is never handed out again — not after the clue
// is deleted, archived, split or merged, nor after a failed registration. The sequence
// is therefore a per-year HIGH-WATER MARK kept apart from the clues themselves (never
// "max(seq) of the clues that exist now + 1"). ClueNumberAllocator is the port the
// store implements (one row per year, incremented inside the registering transaction);
// InMemoryClueNumberAllocator states the same contract in memory.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace qf::clues {

struct ClueNumber {
  int year = 0;
  int64_t seq = 0;
  std::string text;  // formatted with the pattern
};

// A compiled pattern: literal text with exactly one {year} and one {seq} (or {seq:N},
// zero-padded to N digits). Two placeholders may not touch, and the literal after a
// placeholder may not start with a digit, so every formatted number parses back.
class ClueNumberPattern {
 public:
  static Result<ClueNumberPattern> compile(std::string_view pattern);

  std::string format(int year, int64_t seq) const;
  // The year and sequence of a number written with this pattern; nullopt otherwise.
  std::optional<ClueNumber> parse(std::string_view text) const;
  const std::string& pattern() const { return pattern_; }

 private:
  struct Piece {
    enum Kind { kLiteral, kYear, kSeq } kind;
    std::string text;  // literal text
    int width = 0;     // zero padding for kSeq
  };
  std::string pattern_;
  std::vector<Piece> pieces_;
};

// The port: the next never-used sequence number of `year`. Contract: the value is
// strictly greater than every value this allocator has returned (or observed) for that
// year, whatever happened to the clues since.
class ClueNumberAllocator {
 public:
  virtual ~ClueNumberAllocator() = default;
  virtual Result<int64_t> next_seq(int year) = 0;
};

class InMemoryClueNumberAllocator final : public ClueNumberAllocator {
 public:
  Result<int64_t> next_seq(int year) override;
  // Raises the high-water mark to at least `seq` (numbers imported from a register kept
  // elsewhere before Qingfeng); never lowers it.
  void observe(int year, int64_t seq);
  int64_t high_water(int year) const;

 private:
  std::map<int, int64_t> high_water_;
};

// Allocates and formats the next number of `year`.
Result<ClueNumber> allocate_clue_number(ClueNumberAllocator& allocator, const ClueNumberPattern& pattern,
                                        int year);

}  // namespace qf::clues

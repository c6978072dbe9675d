#pragma once
// Piece scan: the loader's first pass over each piece of a file — count its line
// breaks (LF bytes, which give every piece its first physical line) and, for files
// that may be UTF-8, check that the piece is valid UTF-8 — fused into ONE pass over
// the bytes. With AVX2 (checked at run time) 32 bytes are classified per step with
// the nibble-table method of Keiser and Lemire ("Validating UTF-8 in less than one
// instruction per byte", 2021; implemented here from the paper's description); on
// other CPUs the portable text::is_valid_utf8 and csv::count_lines are used. Both give
// exactly the same answers (standard UTF-8: no overlongs, no surrogates, nothing above
// U+10FFFF, no truncated sequence at the end of the piece; NUL is valid).
#include <cstdint>
#include <string_view>

namespace qf::crosscheck {

struct PieceScan {
  uint64_t lines = 0;       // LF bytes in the piece
  bool valid_utf8 = true;   // only computed when asked (else true)
};

// Scans `bytes`; validates UTF-8 only when `check_utf8`.
PieceScan scan_piece(std::string_view bytes, bool check_utf8);

// The portable implementation and whether the AVX2 one is in use (for tests).
PieceScan scan_piece_portable(std::string_view bytes, bool check_utf8);
bool scan_piece_uses_avx2();

}  // namespace qf::crosscheck

#pragma once
// FieldScanner: the loader's CSV record reader — the same records, fields and line
// numbers as qf::csv::CsvReader (src/core/csv_reader.h, which stays the reference and
// is shared with the import module), found faster. A record without any `"` before its
// line break (almost every record of a registry export) is split by a bit mask of its
// delimiters: with AVX2 (checked at run time) 32 bytes are classified per step into
// `,` / LF / `"` bits and each field costs one bit scan; elsewhere the same masks are
// built eight bytes at a time (SWAR). A record with a quote anywhere before its line
// break is read again from its start by CsvReader itself (seek() to the record)
// (quoted fields, doubled quotes, line breaks inside quotes, text after a closing
// quote, an unterminated quote), so every lenient rule of the reference holds.
// Tests compare the two on quoted, CRLF, embedded-newline and random inputs.
//
// Views in the record point into the text, or (fields with "") into a scratch buffer
// owned by the scanner's CsvReader; they are valid until the next call to next().
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/csv_reader.h"

namespace qf::crosscheck {

class FieldScanner {
 public:
  // `text` must stay alive and unchanged while the scanner is used. `portable` forces
  // the SWAR path even on a CPU with AVX2 (for tests).
  explicit FieldScanner(std::string_view text, uint64_t first_line = 1, bool portable = false);
  FieldScanner(const FieldScanner&) = delete;
  FieldScanner& operator=(const FieldScanner&) = delete;

  // Reads the next non-blank record into *rec, exactly as csv::CsvReader::next does.
  // Returns false at the end of the text.
  bool next(csv::Record* rec);

 private:
  bool next_general(csv::Record* rec);

  std::string_view text_;
  size_t pos_ = 0;
  uint64_t line_;
  bool avx2_;
  csv::CsvReader general_;  // reads the records that hold a quote
};

// Whether FieldScanner uses AVX2 on this CPU (for tests).
bool field_scan_uses_avx2();

}  // namespace qf::crosscheck

#pragma once
// CsvReader: an RFC 4180 reader over UTF-8 text held in memory (a mapped file or a
// decoded buffer). Fields may be quoted and then contain commas, doubled quotes and
// line breaks; records end at LF or CRLF. Each record reports the physical line on
// which it starts (the first line of the text is `first_line`), which is what error
// messages and data-quality reports must name.
//
// Zero-copy: unquoted fields, and quoted fields without doubled quotes, are views
// into the text. Only fields with "" are unescaped, into a scratch buffer owned by
// the reader and reused for every record, so reading allocates nothing per record
// once the buffers have grown. Views are valid until the next call to next().
//
// Lenient where real exports are sloppy: a quote inside an unquoted field is kept as
// a character; characters after a closing quote are appended to the field; an
// unterminated quote runs to the end of the text (the record is flagged). Blank lines
// (nothing between two line breaks) are skipped.
//
// For parallel parsing, split_records() cuts text into pieces that begin at record
// boundaries (quote-aware), and count_lines() gives each piece its first line number.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qf::csv {

struct Record {
  std::vector<std::string_view> fields;
  uint64_t line = 0;          // physical line on which the record starts
  bool unterminated = false;  // a quoted field ran to the end of the text
};

class CsvReader {
 public:
  // `text` must stay alive and unchanged while the reader is used.
  explicit CsvReader(std::string_view text, uint64_t first_line = 1);
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the next non-blank record into *rec. Returns false at the end of the text.
  bool next(Record* rec);

  // Byte offset of the next unread character.
  size_t offset() const { return pos_; }
  // Physical line of the next unread character.
  uint64_t line() const { return line_; }
  // Continues reading at `offset` (a record start), which is on physical line `line`
  // (for a reader that takes over part of the text from a faster scanner).
  void seek(size_t offset, uint64_t line) {
    pos_ = offset;
    line_ = line;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint64_t line_;
  std::string scratch_;                            // unescaped bytes of "" fields
  std::vector<std::pair<size_t, size_t>> spans_;   // per field: offset,len; high bit = scratch
};

// Moves *pos past blank lines (LF or CRLF with nothing before it), counting them in
// *line. Returns false when the text ends there. Shared by CsvReader::next and the
// cross-check loader's faster scanner, so both skip exactly the same lines.
inline bool skip_blank_lines(std::string_view text, size_t* pos, uint64_t* line) {
  const char* s = text.data();
  const size_t n = text.size();
  for (;;) {
    if (*pos >= n) return false;
    if (s[*pos] == '\n') { ++*pos; ++*line; continue; }
    if (s[*pos] == '\r' && *pos + 1 < n && s[*pos + 1] == '\n') { *pos += 2; ++*line; continue; }
    return true;
  }
}

// Splits `text` into at most `parts` consecutive pieces whose boundaries are record
// starts (never inside a quoted field). Returns the boundary offsets: the first is 0,
// the last is text.size(). Runs in one pass over the text counting quotes.
std::vector<size_t> split_records(std::string_view text, size_t parts);

// The same cut, handed out one boundary at a time (split_records collects it), so a
// reader thread can pass each piece on as soon as it is cut while earlier pieces are
// parsed (the cross-check loader).
class RecordSplitter {
 public:
  RecordSplitter(std::string_view text, size_t parts);
  // The next boundary after 0 (the last one is text.size()); false once it was given.
  bool next(size_t* cut);

 private:
  std::string_view text_;
  size_t parts_, step_;
  size_t k_ = 1, p_ = 0, last_ = 0;
  bool in_quotes_ = false, done_ = false;
};

// Number of '\n' in `text`.
uint64_t count_lines(std::string_view text);

// Quotes `field` for CSV output when it contains a comma, quote, CR or LF.
void append_field(std::string* out, std::string_view field);

}  // namespace qf::csv

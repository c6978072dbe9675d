#include "core/csv_reader.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

namespace qf::csv {

namespace {
constexpr size_t kScratchBit = size_t{1} << (sizeof(size_t) * 8 - 1);

// Offset of the first ',' or '\n' in s[p, n), or n. Eight bytes at a time (SWAR):
// the lowest flagged byte of the zero-byte test is always exact.
inline size_t find_delim(const char* s, size_t p, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kComma = kOnes * ',', kLf = kOnes * '\n';
  while (n - p >= 8) {
    uint64_t w;
    std::memcpy(&w, s + p, 8);
    uint64_t a = w ^ kComma, b = w ^ kLf;
    uint64_t hit = ((a - kOnes) & ~a & kHigh) | ((b - kOnes) & ~b & kHigh);
    if (hit) return p + static_cast<size_t>(__builtin_ctzll(hit) >> 3);
    p += 8;
  }
  while (p < n && s[p] != ',' && s[p] != '\n') ++p;
  return p;
}

// Number of '"' bytes in [p, p + n).
size_t count_quotes_swar(const char* p, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  size_t count = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    const uint64_t x = w ^ (kOnes * static_cast<unsigned char>('"'));
    count += static_cast<size_t>(__builtin_popcountll(~(((x & kLow7) + kLow7) | x | kLow7)));
  }
  for (; i < n; ++i) count += p[i] == '"';
  return count;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
__attribute__((target("avx2,popcnt"))) size_t count_quotes_avx2(const char* p, size_t n) {
  const __m256i quote = _mm256_set1_epi8('"');
  size_t count = 0, i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    count += static_cast<size_t>(
        __builtin_popcount(static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, quote)))));
  }
  return count + count_quotes_swar(p + i, n - i);
}

size_t count_from(const char* p, size_t n) {
  static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
  return avx2 ? count_quotes_avx2(p, n) : count_quotes_swar(p, n);
}
#else
size_t count_from(const char* p, size_t n) { return count_quotes_swar(p, n); }
#endif

// Clean exports have no quote at all: one memchr (libc's widest vectors) says so at
// once; counting starts at the first quote found.
size_t count_quotes(const char* p, size_t n) {
  const void* first = std::memchr(p, '"', n);
  if (!first) return 0;
  const size_t at = static_cast<size_t>(static_cast<const char*>(first) - p);
  return count_from(p + at, n - at);
}
}  // namespace

CsvReader::CsvReader(std::string_view text, uint64_t first_line) : text_(text), line_(first_line) {}

bool CsvReader::next(Record* rec) {
  const char* s = text_.data();
  const size_t n = text_.size();
  if (!skip_blank_lines(text_, &pos_, &line_)) return false;
  rec->line = line_;
  rec->unterminated = false;
  spans_.clear();
  scratch_.clear();
  size_t p = pos_;
  for (;;) {
    // One field starting at p.
    if (p < n && s[p] == '"') {
      size_t q = p + 1;
      size_t start = q;
      bool escaped = false;
      size_t scratch_start = scratch_.size();
      for (;;) {
        const void* hit = q < n ? std::memchr(s + q, '"', n - q) : nullptr;
        size_t qe = hit ? static_cast<size_t>(static_cast<const char*>(hit) - s) : n;
        // Count line breaks inside the quoted part.
        for (size_t i = q; i < qe; ++i) line_ += (s[i] == '\n');
        if (!hit) {
          if (escaped) scratch_.append(s + q, n - q);
          q = n;
          rec->unterminated = true;
          break;
        }
        if (qe + 1 < n && s[qe + 1] == '"') {  // doubled quote
          if (!escaped) { escaped = true; scratch_.append(s + start, qe - start); }
          else scratch_.append(s + q, qe - q);
          scratch_.push_back('"');
          q = qe + 2;
          continue;
        }
        if (escaped) scratch_.append(s + q, qe - q);
        else { spans_.emplace_back(start, qe - start); }
        q = qe + 1;
        break;
      }
      if (rec->unterminated) {
        if (!escaped) spans_.emplace_back(start, n - start);
      }
      // Characters after the closing quote up to the delimiter are kept (lenient).
      size_t r = q;
      while (r < n && s[r] != ',' && s[r] != '\n' && !(s[r] == '\r' && r + 1 < n && s[r + 1] == '\n')) ++r;
      if (r > q || escaped) {
        if (!escaped) {
          // Move the quoted part into scratch to append the tail.
          auto span = spans_.back();
          spans_.pop_back();
          scratch_.append(s + span.first, span.second);
        }
        scratch_.append(s + q, r - q);
        spans_.emplace_back(scratch_start | kScratchBit, scratch_.size() - scratch_start);
      }
      p = r;
    } else {
      size_t r = find_delim(s, p, n);
      size_t len = r - p;
      if (r < n && s[r] == '\n' && len > 0 && s[r - 1] == '\r') --len;
      spans_.emplace_back(p, len);
      p = r;
    }
    if (p >= n) { pos_ = n; break; }
    if (s[p] == ',') { ++p; continue; }
    if (s[p] == '\r') ++p;
    if (p < n && s[p] == '\n') { ++p; ++line_; }
    pos_ = p;
    break;
  }
  rec->fields.clear();
  for (auto [off, len] : spans_) {
    if (off & kScratchBit) rec->fields.emplace_back(scratch_.data() + (off & ~kScratchBit), len);
    else rec->fields.emplace_back(s + off, len);
  }
  return true;
}

RecordSplitter::RecordSplitter(std::string_view text, size_t parts)
    : text_(text), parts_(parts), step_(parts ? text.size() / parts : 0) {}

bool RecordSplitter::next(size_t* cut) {
  if (done_) return false;
  const size_t n = text_.size();
  const char* s = text_.data();
  if (parts_ > 1 && n >= parts_) {
    while (k_ < parts_) {
      const size_t target = std::max(k_ * step_, last_);
      ++k_;
      // Track quote parity up to the target: "" toggles twice, so parity is exact.
      // Counted, not searched: messy exports quote every few fields, and one memchr
      // call per quote made this serial step the loader's slowest on them.
      if (p_ < target) {
        if (count_quotes(s + p_, target - p_) & 1) in_quotes_ = !in_quotes_;
        p_ = target;
      }
      // Advance to the first line break outside quotes.
      while (p_ < n) {
        char c = s[p_++];
        if (c == '"') in_quotes_ = !in_quotes_;
        else if (c == '\n' && !in_quotes_) break;
      }
      if (p_ >= n) break;
      if (p_ > last_) {
        last_ = p_;
        *cut = p_;
        return true;
      }
    }
  }
  done_ = true;
  *cut = n;
  return true;
}

std::vector<size_t> split_records(std::string_view text, size_t parts) {
  std::vector<size_t> cuts{0};
  RecordSplitter split(text, parts);
  size_t cut;
  while (split.next(&cut)) cuts.push_back(cut);
  return cuts;
}

uint64_t count_lines(std::string_view text) {
  return static_cast<uint64_t>(std::count(text.begin(), text.end(), '\n'));
}

void append_field(std::string* out, std::string_view field) {
  bool needs_quotes = false;
  for (char c : field) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') { needs_quotes = true; break; }
  }
  if (!needs_quotes) { out->append(field); return; }
  out->push_back('"');
  size_t start = 0;
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '"') {
      out->append(field.substr(start, i + 1 - start));
      out->push_back('"');
      start = i + 1;
    }
  }
  out->append(field.substr(start));
  out->push_back('"');
}

}  // namespace qf::csv

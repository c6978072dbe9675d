#include "crosscheck/field_scan.h"

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define QF_FIELD_SCAN_AVX2 1
#include <immintrin.h>
#endif

namespace qf::crosscheck {

namespace {

constexpr size_t kScratchBit = size_t{1} << (sizeof(size_t) * 8 - 1);

// Bit i set when s[base + i] is ',', '\n' or '"', for the 32 bytes from base (bytes at
// or after n count as none). Portable: eight bytes at a time with an exact per-byte
// equality test, then the eight high bits gathered by a multiplication.
inline uint32_t structurals_swar(const char* s, size_t base, size_t n) {
  char block[32];
  const char* p = s + base;
  if (n - base < 32) {
    std::memset(block, 0, sizeof block);
    std::memcpy(block, p, n - base);
    p = block;
  }
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  uint32_t mask = 0;
  for (int k = 0; k < 4; ++k) {
    uint64_t w;
    std::memcpy(&w, p + 8 * k, 8);
    auto eq = [&](char c) {  // high bit of each byte equal to c (exact)
      uint64_t x = w ^ (kOnes * static_cast<unsigned char>(c));
      return ~(((x & kLow7) + kLow7) | x | kLow7);
    };
    uint64_t hit = eq(',') | eq('\n') | eq('"');
    // High bit of byte j -> bit j (little-endian byte order).
    uint32_t bits = static_cast<uint32_t>(((hit >> 7) * 0x0102040810204080ULL) >> 56);
    mask |= bits << (8 * k);
  }
  return mask;
}

#ifdef QF_FIELD_SCAN_AVX2
__attribute__((target("avx2"))) inline uint32_t structurals_avx2(const char* s, size_t base, size_t n) {
  __m256i v;
  if (n - base >= 32) {
    v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + base));
  } else {
    alignas(32) char block[32] = {};
    std::memcpy(block, s + base, n - base);
    v = _mm256_load_si256(reinterpret_cast<const __m256i*>(block));
  }
  __m256i hit = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(',')),
                                                _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n'))),
                                _mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')));
  return static_cast<uint32_t>(_mm256_movemask_epi8(hit));
}

bool cpu_has_avx2() {
  static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi");
  return has;
}
#else
bool cpu_has_avx2() { return false; }
#endif

// The quote-free record at pos: fields by the delimiter bits. Returns false (nothing
// consumed, *fields possibly partly filled) when a quote comes before the line break.
template <uint32_t (*Structurals)(const char*, size_t, size_t)>
inline bool plain_record(const char* s, size_t n, size_t* pos, uint64_t* line,
                         std::vector<std::string_view>* fields) {
  size_t start = *pos;
  size_t base = start;
  uint32_t m = Structurals(s, base, n);
  for (;;) {
    while (m == 0) {
      base += 32;
      if (base >= n) {  // the text ends without a line break
        fields->emplace_back(s + start, n - start);
        *pos = n;
        return true;
      }
      m = Structurals(s, base, n);
    }
    const size_t r = base + static_cast<size_t>(__builtin_ctz(m));
    m &= m - 1;
    const char c = s[r];
    if (c == ',') {
      fields->emplace_back(s + start, r - start);
      start = r + 1;
    } else if (c == '\n') {
      size_t len = r - start;
      if (len > 0 && s[r - 1] == '\r') --len;
      fields->emplace_back(s + start, len);
      *pos = r + 1;
      ++*line;
      return true;
    } else {
      return false;
    }
  }
}

}  // namespace

bool field_scan_uses_avx2() { return cpu_has_avx2(); }

FieldScanner::FieldScanner(std::string_view text, uint64_t first_line, bool portable)
    : text_(text), line_(first_line), avx2_(!portable && cpu_has_avx2()) {}

bool FieldScanner::next(csv::Record* rec) {
  const char* s = text_.data();
  const size_t n = text_.size();
  for (;;) {
    if (pos_ >= n) return false;
    // Skip blank lines.
    if (s[pos_] == '\n') { ++pos_; ++line_; continue; }
    if (s[pos_] == '\r' && pos_ + 1 < n && s[pos_ + 1] == '\n') { pos_ += 2; ++line_; continue; }
    break;
  }
  rec->line = line_;
  rec->unterminated = false;
  rec->fields.clear();
#ifdef QF_FIELD_SCAN_AVX2
  if (avx2_) {
    if (plain_record<structurals_avx2>(s, n, &pos_, &line_, &rec->fields)) return true;
    return next_general(rec);
  }
#endif
  if (plain_record<structurals_swar>(s, n, &pos_, &line_, &rec->fields)) return true;
  return next_general(rec);
}

// A record with a quote: csv::CsvReader::next's algorithm, from the record's start.
bool FieldScanner::next_general(csv::Record* rec) {
  const char* s = text_.data();
  const size_t n = text_.size();
  rec->line = line_;
  rec->unterminated = false;
  spans_.clear();
  scratch_.clear();
  size_t p = pos_;
  for (;;) {
    if (p < n && s[p] == '"') {
      size_t q = p + 1;
      size_t start = q;
      bool escaped = false;
      size_t scratch_start = scratch_.size();
      for (;;) {
        const void* hit = q < n ? std::memchr(s + q, '"', n - q) : nullptr;
        size_t qe = hit ? static_cast<size_t>(static_cast<const char*>(hit) - s) : n;
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
        else spans_.emplace_back(start, qe - start);
        q = qe + 1;
        break;
      }
      if (rec->unterminated && !escaped) spans_.emplace_back(start, n - start);
      // Characters after the closing quote up to the delimiter are kept (lenient).
      size_t r = q;
      while (r < n && s[r] != ',' && s[r] != '\n' && !(s[r] == '\r' && r + 1 < n && s[r + 1] == '\n')) ++r;
      if (r > q || escaped) {
        if (!escaped) {
          auto span = spans_.back();
          spans_.pop_back();
          scratch_.append(s + span.first, span.second);
        }
        scratch_.append(s + q, r - q);
        spans_.emplace_back(scratch_start | kScratchBit, scratch_.size() - scratch_start);
      }
      p = r;
    } else {
      size_t r = p;
      while (r < n && s[r] != ',' && s[r] != '\n') ++r;
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

}  // namespace qf::crosscheck

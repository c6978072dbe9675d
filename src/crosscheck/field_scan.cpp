#include "crosscheck/field_scan.h"

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define QF_FIELD_SCAN_AVX2 1
#include <immintrin.h>
#endif

namespace qf::crosscheck {

namespace {


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

// The record at pos by the delimiter bits, when it is free of quotes or its quotes
// enclose whole fields without doubled quotes or line breaks. Returns false (nothing
// consumed, *fields possibly partly filled) for any other record.
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
      // A quote. A field that is quoted whole, without doubled quotes or line breaks
      // inside, followed by a delimiter (most quoted fields of registry exports) is
      // read here, exactly as csv::CsvReader reads it; anything else goes to it.
      if (r != start) return false;
      size_t q;
      for (;;) {
        while (m == 0) {
          base += 32;
          if (base >= n) return false;  // unterminated
          m = Structurals(s, base, n);
        }
        q = base + static_cast<size_t>(__builtin_ctz(m));
        m &= m - 1;
        if (s[q] == '"') break;
        if (s[q] == '\n') return false;
      }
      const size_t after = q + 1;
      if (after < n && s[after] == '"') return false;  // a doubled quote
      if (after >= n) {
        fields->emplace_back(s + start + 1, q - start - 1);
        *pos = n;
        return true;
      }
      if (s[after] == ',') {
        fields->emplace_back(s + start + 1, q - start - 1);
        start = base = after + 1;
        m = base < n ? Structurals(s, base, n) : 0;
        continue;
      }
      size_t end = after;
      if (s[end] == '\r' && end + 1 < n) ++end;
      if (s[end] != '\n') return false;  // text after the closing quote
      fields->emplace_back(s + start + 1, q - start - 1);
      *pos = end + 1;
      ++*line;
      return true;
    }
  }
}

}  // namespace

bool field_scan_uses_avx2() { return cpu_has_avx2(); }

FieldScanner::FieldScanner(std::string_view text, uint64_t first_line, bool portable)
    : text_(text), line_(first_line), avx2_(!portable && cpu_has_avx2()), general_(text, first_line) {}

bool FieldScanner::next(csv::Record* rec) {
  const char* s = text_.data();
  const size_t n = text_.size();
  if (!csv::skip_blank_lines(text_, &pos_, &line_)) return false;
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

// A record with a quote: csv::CsvReader reads it from the record's start (quoted
// fields, doubled quotes, line breaks inside quotes, the lenient cases), then the fast
// path goes on after it.
bool FieldScanner::next_general(csv::Record* rec) {
  general_.seek(pos_, line_);
  bool ok = general_.next(rec);
  pos_ = general_.offset();
  line_ = general_.line();
  return ok;
}

}  // namespace qf::crosscheck

#include "crosscheck/piece_scan.h"

#include <cstring>

#include "core/csv_reader.h"
#include "core/text_encoding.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define QF_PIECE_SCAN_AVX2 1
#include <immintrin.h>
#endif

namespace qf::crosscheck {

PieceScan scan_piece_portable(std::string_view bytes, bool check_utf8) {
  PieceScan r;
  r.lines = csv::count_lines(bytes);
  if (check_utf8) r.valid_utf8 = text::is_valid_utf8(bytes);
  return r;
}

#ifdef QF_PIECE_SCAN_AVX2
namespace {

// Error classes of a (previous byte, byte) pair. Each of the three tables below maps
// a nibble to the classes that nibble allows; a pair is an error when some class is
// allowed by all three (high nibble of the previous byte, its low nibble, high nibble
// of the byte).
constexpr uint8_t kTooShort = 1 << 0;    // lead byte followed by ASCII or another lead
constexpr uint8_t kTooLong = 1 << 1;     // ASCII followed by a continuation
constexpr uint8_t kOverlong3 = 1 << 2;   // E0 80..9F
constexpr uint8_t kTooLarge = 1 << 3;    // F4 90..BF, F5..FF 80..BF
constexpr uint8_t kSurrogate = 1 << 4;   // ED A0..BF
constexpr uint8_t kOverlong2 = 1 << 5;   // C0..C1 + continuation
constexpr uint8_t kTooLarge1000 = 1 << 6;  // F5..FF 80..8F
constexpr uint8_t kOverlong4 = 1 << 6;   // F0 80..8F
constexpr uint8_t kTwoConts = 1 << 7;    // continuation after continuation (legal only
                                         // as the 3rd/4th byte: cancelled below)
constexpr uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

__attribute__((target("avx2"))) inline __m256i table16(uint8_t t0, uint8_t t1, uint8_t t2, uint8_t t3, uint8_t t4,
                                                       uint8_t t5, uint8_t t6, uint8_t t7, uint8_t t8, uint8_t t9,
                                                       uint8_t t10, uint8_t t11, uint8_t t12, uint8_t t13,
                                                       uint8_t t14, uint8_t t15) {
  return _mm256_setr_epi8(static_cast<char>(t0), static_cast<char>(t1), static_cast<char>(t2), static_cast<char>(t3),
                          static_cast<char>(t4), static_cast<char>(t5), static_cast<char>(t6), static_cast<char>(t7),
                          static_cast<char>(t8), static_cast<char>(t9), static_cast<char>(t10), static_cast<char>(t11),
                          static_cast<char>(t12), static_cast<char>(t13), static_cast<char>(t14), static_cast<char>(t15),
                          static_cast<char>(t0), static_cast<char>(t1), static_cast<char>(t2), static_cast<char>(t3),
                          static_cast<char>(t4), static_cast<char>(t5), static_cast<char>(t6), static_cast<char>(t7),
                          static_cast<char>(t8), static_cast<char>(t9), static_cast<char>(t10), static_cast<char>(t11),
                          static_cast<char>(t12), static_cast<char>(t13), static_cast<char>(t14), static_cast<char>(t15));
}

struct Avx2Utf8 {
  __m256i byte1_high, byte1_low, byte2_high, nibble, prev;
  __m256i err;
  __attribute__((target("avx2"))) Avx2Utf8() {
    byte1_high = table16(kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,  // 0___
                         kTwoConts, kTwoConts, kTwoConts, kTwoConts,                                      // 10__
                         kTooShort | kOverlong2,                                                          // 1100
                         kTooShort,                                                                       // 1101
                         kTooShort | kOverlong3 | kSurrogate,                                             // 1110
                         kTooShort | kTooLarge | kTooLarge1000 | kOverlong4);                             // 1111
    constexpr uint8_t big = kCarry | kTooLarge | kTooLarge1000;
    byte1_low = table16(kCarry | kOverlong3 | kOverlong2 | kOverlong4,  // ____0000
                        kCarry | kOverlong2,                            // ____0001
                        kCarry, kCarry,                                 // ____001_
                        kCarry | kTooLarge,                             // ____0100
                        big, big, big,                                  // ____0101, 011_
                        big, big, big, big, big,                        // ____1000..1100
                        big | kSurrogate,                               // ____1101
                        big, big);
    byte2_high = table16(kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
                         kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,  // 1000
                         kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,                  // 1001
                         kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                  // 1010
                         kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                  // 1011
                         kTooShort, kTooShort, kTooShort, kTooShort);                                 // 11__
    nibble = _mm256_set1_epi8(0x0F);
    prev = _mm256_setzero_si256();
    err = _mm256_setzero_si256();
  }
  // The 32 bytes ending `n` bytes before the end of `in`, continuing from `prev`.
  template <int N>
  __attribute__((target("avx2"))) static __m256i before(__m256i in, __m256i prev) {
    return _mm256_alignr_epi8(in, _mm256_permute2x128_si256(prev, in, 0x21), 16 - N);
  }
  __attribute__((target("avx2"))) void step(__m256i in) {
    __m256i prev1 = before<1>(in, prev);
    __m256i b1h = _mm256_shuffle_epi8(byte1_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble));
    __m256i b1l = _mm256_shuffle_epi8(byte1_low, _mm256_and_si256(prev1, nibble));
    __m256i b2h = _mm256_shuffle_epi8(byte2_high, _mm256_and_si256(_mm256_srli_epi16(in, 4), nibble));
    __m256i special = _mm256_and_si256(_mm256_and_si256(b1h, b1l), b2h);
    // A continuation two bytes after a 3/4-byte lead or three after a 4-byte lead must
    // be there (kTwoConts expected) — anything else there is an error.
    __m256i prev2 = before<2>(in, prev);
    __m256i prev3 = before<3>(in, prev);
    __m256i third = _mm256_subs_epu8(prev2, _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)));
    __m256i fourth = _mm256_subs_epu8(prev3, _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)));
    __m256i must = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(static_cast<char>(0x80)));
    err = _mm256_or_si256(err, _mm256_xor_si256(must, special));
    prev = in;
  }
};

__attribute__((target("avx2,popcnt"))) PieceScan scan_avx2(std::string_view bytes, bool check_utf8) {
  PieceScan r;
  const char* p = bytes.data();
  size_t n = bytes.size();
  const __m256i lf = _mm256_set1_epi8('\n');
  Avx2Utf8 v;
  uint64_t lines = 0;
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    __m256i in = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    lines += static_cast<uint64_t>(__builtin_popcount(static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(in, lf)))));
    if (check_utf8) v.step(in);
  }
  // The tail, padded with NUL (ASCII), then one more all-NUL block so that a sequence
  // cut short by the end of the piece is reported (a lead byte followed by ASCII).
  alignas(32) char tail[32] = {};
  std::memcpy(tail, p + i, n - i);
  __m256i in = _mm256_load_si256(reinterpret_cast<const __m256i*>(tail));
  lines += static_cast<uint64_t>(__builtin_popcount(static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(in, lf)))));
  if (check_utf8) {
    v.step(in);
    v.step(_mm256_setzero_si256());
    r.valid_utf8 = _mm256_testz_si256(v.err, v.err) != 0;
  }
  r.lines = lines;
  return r;
}

bool cpu_has_avx2() {
  static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
  return has;
}

}  // namespace

bool scan_piece_uses_avx2() { return cpu_has_avx2(); }

PieceScan scan_piece(std::string_view bytes, bool check_utf8) {
  if (cpu_has_avx2()) return scan_avx2(bytes, check_utf8);
  return scan_piece_portable(bytes, check_utf8);
}
#else
bool scan_piece_uses_avx2() { return false; }
PieceScan scan_piece(std::string_view bytes, bool check_utf8) { return scan_piece_portable(bytes, check_utf8); }
#endif

}  // namespace qf::crosscheck

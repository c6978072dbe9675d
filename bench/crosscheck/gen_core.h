// Building blocks of qf_crosscheck_gen: deterministic hashing, civil dates, resident
// IDs (GB 11643) and unified social credit codes (GB 32100 with the GB 11714
// organisation-code check). Kept free of project headers so that the generator
// measures the engine without sharing a line of its normalisation code.
#pragma once

#include <cstdint>
#include <cstdio>
#include <numeric>
#include <stdexcept>
#include <string>
#include <string_view>

namespace qfgen {

// splitmix64 finaliser: a good 64-bit mixer, used both as RNG step and as hash.
inline std::uint64_t mix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

inline std::uint64_t hash3(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0) {
  return mix64(seed ^ mix64(a * 0x2545F4914F6CDD1DULL + mix64(b + 0x51ED27ULL)));
}

// A small deterministic generator; one per purpose so that formatting choices of the
// messy variant never shift the content of the clean one.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(mix64(seed)) {}
  std::uint64_t next() { return mix64(s_ += 0x9E3779B97F4A7C15ULL); }
  std::uint64_t below(std::uint64_t n) { return n ? next() % n : 0; }
  std::int64_t range(std::int64_t lo, std::int64_t hi) {  // inclusive
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
  }
  bool chance(double p) { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0) < p; }

 private:
  std::uint64_t s_;
};

// A bijection of [0, m): x -> (x * a + b) mod m with gcd(a, m) = 1. Used to give
// distinct indices distinct, scattered-looking names, codes and phone numbers.
class Permutation {
 public:
  Permutation(std::uint64_t m, std::uint64_t salt) : m_(m) {
    if (m >= (1ull << 32)) throw std::invalid_argument("Permutation: m must be below 2^32");
    a_ = (mix64(salt) % m) | 1;
    while (std::gcd(a_, m_) != 1) a_ += 2;
    b_ = mix64(salt + 1) % m;
  }
  std::uint64_t operator()(std::uint64_t x) const {
    return ((x % m_) * a_ + b_) % m_;  // m < 2^32: the product fits in 64 bits
  }
  std::uint64_t size() const { return m_; }

 private:
  std::uint64_t m_, a_ = 1, b_ = 0;
};

// ---- civil dates as day numbers (days since 1970-01-01), H. Hinnant's algorithm ----
inline int days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Ymd {
  int y, m, d;
};

inline Ymd civil_from_days(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

// Appends v in decimal, zero-padded to at least `width` digits (no snprintf: the
// generator writes a hundred million rows at province tier).
inline void append_uint(std::string& o, std::uint64_t v, int width = 1) {
  char b[24];
  int n = 0;
  do {
    b[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  while (n < width) b[n++] = '0';
  while (n) o.push_back(b[--n]);
}

inline void append_iso(std::string& o, int day) {
  const Ymd c = civil_from_days(day);
  append_uint(o, static_cast<std::uint64_t>(c.y), 4);
  o.push_back('-');
  append_uint(o, static_cast<std::uint64_t>(c.m), 2);
  o.push_back('-');
  append_uint(o, static_cast<std::uint64_t>(c.d), 2);
}

inline std::string iso_date(int day) {
  std::string s;
  append_iso(s, day);
  return s;
}

// ---- GB 11643 resident identity number ----
inline char rid_check_char(std::string_view first17) {
  static constexpr int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int s = 0;
  for (int i = 0; i < 17; ++i) s += (first17[static_cast<std::size_t>(i)] - '0') * w[i];
  return "10X98765432"[s % 11];
}

inline std::string make_rid(std::string_view region6, int birth_day, int seq) {
  const Ymd c = civil_from_days(birth_day);
  std::string s;
  s.reserve(18);
  s.append(region6.substr(0, 6));
  append_uint(s, static_cast<std::uint64_t>(c.y), 4);
  append_uint(s, static_cast<std::uint64_t>(c.m), 2);
  append_uint(s, static_cast<std::uint64_t>(c.d), 2);
  append_uint(s, static_cast<std::uint64_t>(seq % 1000), 3);
  s.push_back(rid_check_char(s));
  return s;
}

// The 15-digit legacy form of an 18-digit ID of someone born in the 1900s.
inline std::string rid_to_15(std::string_view r18) {
  std::string s;
  s.append(r18.substr(0, 6));
  s.append(r18.substr(8, 9));
  return s;
}

// ---- GB 32100 unified social credit code ----
inline constexpr std::string_view kCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";

inline char credit_check_char(std::string_view first17) {
  static constexpr int w[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  int s = 0;
  for (int i = 0; i < 17; ++i) {
    const char ch = first17[static_cast<std::size_t>(i)];
    s += (ch >= '0' && ch <= '9' ? ch - '0' : static_cast<int>(kCodeChars.find(ch))) * w[i];
  }
  const int c = (31 - s % 31) % 31;
  return kCodeChars[static_cast<std::size_t>(c)];
}

// 9 (registered by market regulation) 1 (company) + region + GB 11714 organisation
// code of eight digits and its check character + GB 32100 check character.
inline std::string make_credit_code(std::string_view region6, std::uint32_t org8) {
  std::string code("91");
  code.reserve(18);
  code.append(region6.substr(0, 6));
  append_uint(code, org8 % 100000000u, 8);
  static constexpr int w[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int s = 0;
  for (int i = 0; i < 8; ++i) s += (code[static_cast<std::size_t>(8 + i)] - '0') * w[i];
  const int c = 11 - s % 11;
  code.push_back(c == 10 ? 'X' : c == 11 ? '0' : static_cast<char>('0' + c));
  code.push_back(credit_check_char(code));
  return code;
}

}  // namespace qfgen

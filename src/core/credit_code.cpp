#include "core/credit_code.h"

#include <cstdint>

namespace qf {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// Character -> value in the GB 32100 alphabet, -1 outside it (a 128-entry table).
struct ValueTable {
  signed char v[128];
  constexpr ValueTable() : v() {
    for (auto& x : v) x = -1;
    for (int i = 0; i < 31; ++i) v[static_cast<unsigned char>(kAlphabet[i])] = static_cast<signed char>(i);
  }
};
constexpr ValueTable kValues;

int value_of(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u < 128 ? kValues.v[u] : -1;
}
}  // namespace

const char* credit_code_problem_zh(CreditCodeProblem p) {
  switch (p) {
    case CreditCodeProblem::kNone: return "";
    case CreditCodeProblem::kBlank: return "统一社会信用代码为空";
    case CreditCodeProblem::kBadLength: return "统一社会信用代码位数错误";
    case CreditCodeProblem::kBadCharacter: return "统一社会信用代码含非法字符";
    case CreditCodeProblem::kBadCheckCharacter: return "统一社会信用代码校验码错误";
  }
  return "";
}

const char* credit_code_problem_en(CreditCodeProblem p) {
  switch (p) {
    case CreditCodeProblem::kNone: return "";
    case CreditCodeProblem::kBlank: return "blank credit code";
    case CreditCodeProblem::kBadLength: return "credit code has the wrong length";
    case CreditCodeProblem::kBadCharacter: return "credit code has an invalid character";
    case CreditCodeProblem::kBadCheckCharacter: return "credit code check character is wrong";
  }
  return "";
}

char CreditCode::check_character(std::string_view first17) {
  if (first17.size() < 17) return '\0';
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    int v = value_of(first17[static_cast<size_t>(i)]);
    if (v < 0) return '\0';
    sum += v * kWeights[i];
  }
  int c = 31 - sum % 31;
  if (c == 31) c = 0;
  return kAlphabet[c];
}

CreditCode CreditCode::parse(std::string_view text, CreditCodeProblem* problem) {
  CreditCodeProblem dummy;
  if (!problem) problem = &dummy;
  char s[18];
  size_t n = 0;  // characters seen (may exceed 18; only the first 18 are kept)
  bool bad = false;
  auto put = [&](char ch) {
    if (n < 18) s[n] = ch;
    ++n;
  };
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    unsigned char c = *p;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { ++p; continue; }
    if (c < 0x80) {
      char ch = static_cast<char>(c);
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      put(ch);
      ++p;
      continue;
    }
    if (c == 0xE3 && end - p >= 3 && p[1] == 0x80 && p[2] == 0x80) { p += 3; continue; }  // U+3000
    if (c == 0xC2 && end - p >= 2 && p[1] == 0xA0) { p += 2; continue; }                  // NBSP
    if (c == 0xEF && end - p >= 3) {
      // Full-width U+FF10..U+FF19 digits, U+FF21..U+FF3A upper, U+FF41..U+FF5A lower.
      uint32_t cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
      if (cp >= 0xFF10 && cp <= 0xFF19) { put(static_cast<char>('0' + cp - 0xFF10)); p += 3; continue; }
      if (cp >= 0xFF21 && cp <= 0xFF3A) { put(static_cast<char>('A' + cp - 0xFF21)); p += 3; continue; }
      if (cp >= 0xFF41 && cp <= 0xFF5A) { put(static_cast<char>('A' + cp - 0xFF41)); p += 3; continue; }
    }
    bad = true;
    ++p;
  }
  if (n == 0 && !bad) { *problem = CreditCodeProblem::kBlank; return {}; }
  if (bad) { *problem = CreditCodeProblem::kBadCharacter; return {}; }
  if (n != 18) { *problem = CreditCodeProblem::kBadLength; return {}; }
  for (char ch : s)
    if (value_of(ch) < 0) { *problem = CreditCodeProblem::kBadCharacter; return {}; }
  if (check_character(std::string_view(s, 17)) != s[17]) {
    *problem = CreditCodeProblem::kBadCheckCharacter;
    return {};
  }
  CreditCode cc;
  for (size_t i = 0; i < 18; ++i) cc.code_[i] = s[i];
  cc.valid_ = true;
  *problem = CreditCodeProblem::kNone;
  return cc;
}

}  // namespace qf

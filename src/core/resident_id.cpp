#include "core/resident_id.h"

namespace qf {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

bool valid_date(int y, int m, int d) {
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int dim = kDays[m - 1];
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) dim = 29;
  return d <= dim;
}
}  // namespace

const char* resident_id_problem_zh(ResidentIdProblem p) {
  switch (p) {
    case ResidentIdProblem::kNone: return "";
    case ResidentIdProblem::kBlank: return "身份证号为空";
    case ResidentIdProblem::kBadLength: return "身份证号位数错误";
    case ResidentIdProblem::kBadCharacter: return "身份证号含非法字符";
    case ResidentIdProblem::kBadCheckDigit: return "身份证号校验码错误";
    case ResidentIdProblem::kBadBirthDate: return "身份证号出生日期无效";
  }
  return "";
}

const char* resident_id_problem_en(ResidentIdProblem p) {
  switch (p) {
    case ResidentIdProblem::kNone: return "";
    case ResidentIdProblem::kBlank: return "blank resident ID";
    case ResidentIdProblem::kBadLength: return "resident ID has the wrong length";
    case ResidentIdProblem::kBadCharacter: return "resident ID has an invalid character";
    case ResidentIdProblem::kBadCheckDigit: return "resident ID check digit is wrong";
    case ResidentIdProblem::kBadBirthDate: return "resident ID birth date is invalid";
  }
  return "";
}

char ResidentId::check_character(std::string_view first17) {
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[static_cast<size_t>(i)] - '0') * kWeights[i];
  return kCheck[sum % 11];
}

ResidentId ResidentId::parse(std::string_view text, ResidentIdProblem* problem) {
  ResidentIdProblem dummy;
  if (!problem) problem = &dummy;
  char buf[20];
  size_t n = 0;
  bool bad_char = false;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    unsigned char c = *p;
    char out = 0;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { ++p; continue; }
    if (c < 0x80) {
      out = static_cast<char>(c);
      ++p;
    } else if (c == 0xE3 && end - p >= 3 && p[1] == 0x80 && p[2] == 0x80) {  // U+3000
      p += 3;
      continue;
    } else if (c == 0xEF && end - p >= 3 && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99) {
      out = static_cast<char>('0' + (p[2] - 0x90));  // U+FF10..U+FF19
      p += 3;
    } else if (c == 0xEF && end - p >= 3 && p[1] == 0xBC && p[2] == 0xB8) {
      out = 'X';  // U+FF38
      p += 3;
    } else if (c == 0xEF && end - p >= 3 && p[1] == 0xBD && p[2] == 0x98) {
      out = 'X';  // U+FF58
      p += 3;
    } else if (c == 0xC2 && end - p >= 2 && p[1] == 0xA0) {  // NBSP
      p += 2;
      continue;
    } else {
      bad_char = true;
      ++p;
      continue;
    }
    if (out == 'x') out = 'X';
    if (n < sizeof(buf)) buf[n] = out;
    ++n;
  }
  if (n == 0 && !bad_char) { *problem = ResidentIdProblem::kBlank; return {}; }
  if (bad_char) { *problem = ResidentIdProblem::kBadCharacter; return {}; }
  char digits[18];
  if (n == 15) {
    for (size_t i = 0; i < 15; ++i)
      if (buf[i] < '0' || buf[i] > '9') { *problem = ResidentIdProblem::kBadCharacter; return {}; }
    for (int i = 0; i < 6; ++i) digits[i] = buf[i];
    digits[6] = '1';
    digits[7] = '9';
    for (int i = 6; i < 15; ++i) digits[i + 2] = buf[i];
    digits[17] = check_character(std::string_view(digits, 17));
  } else if (n == 18) {
    for (size_t i = 0; i < 17; ++i)
      if (buf[i] < '0' || buf[i] > '9') { *problem = ResidentIdProblem::kBadCharacter; return {}; }
    if (!((buf[17] >= '0' && buf[17] <= '9') || buf[17] == 'X')) {
      *problem = ResidentIdProblem::kBadCharacter;
      return {};
    }
    for (int i = 0; i < 18; ++i) digits[i] = buf[i];
    if (check_character(std::string_view(digits, 17)) != digits[17]) {
      *problem = ResidentIdProblem::kBadCheckDigit;
      return {};
    }
  } else {
    *problem = ResidentIdProblem::kBadLength;
    return {};
  }
  int y = (digits[6] - '0') * 1000 + (digits[7] - '0') * 100 + (digits[8] - '0') * 10 + (digits[9] - '0');
  int m = (digits[10] - '0') * 10 + (digits[11] - '0');
  int d = (digits[12] - '0') * 10 + (digits[13] - '0');
  if (!valid_date(y, m, d)) { *problem = ResidentIdProblem::kBadBirthDate; return {}; }
  uint64_t v = 0;
  for (int i = 0; i < 17; ++i) v = v * 10 + static_cast<uint64_t>(digits[i] - '0');
  ResidentId id;
  id.packed_ = v + 1;
  *problem = ResidentIdProblem::kNone;
  return id;
}

ResidentId ResidentId::from_packed(uint64_t packed) {
  ResidentId id;
  id.packed_ = packed;
  return id;
}

std::string ResidentId::str() const {
  if (!valid()) return {};
  std::string s(18, '0');
  uint64_t v = packed_ - 1;
  for (int i = 16; i >= 0; --i) { s[static_cast<size_t>(i)] = static_cast<char>('0' + v % 10); v /= 10; }
  s[17] = check_character(s);
  return s;
}

uint32_t ResidentId::birth_yyyymmdd() const {
  if (!valid()) return 0;
  uint64_t v = packed_ - 1;  // 17 digits: 6 region, 8 birth, 3 sequence
  return static_cast<uint32_t>((v / 1000) % 100000000);
}

}  // namespace qf

#include "crosscheck/value_parse.h"

#include <cstdio>

namespace qf::crosscheck {

int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

void civil_from_days(int32_t z, int* y, unsigned* m, unsigned* d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int yy = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yy + (*m <= 2);
}

std::string format_date(int32_t days) {
  int y;
  unsigned m, d;
  civil_from_days(days, &y, &m, &d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

int year_of(int32_t days) {
  int y;
  unsigned m, d;
  civil_from_days(days, &y, &m, &d);
  return y;
}

namespace {
bool valid_ymd(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int dim = kDays[m - 1];
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) dim = 29;
  return d <= dim;
}

// Reads 1..max digits at s[*i]; returns -1 when there is none.
int read_int(std::string_view s, size_t* i, int max_digits) {
  int v = 0, n = 0;
  while (*i < s.size() && n < max_digits && s[*i] >= '0' && s[*i] <= '9') {
    v = v * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  return n ? v : -1;
}

bool eat(std::string_view s, size_t* i, std::string_view token) {
  if (s.substr(*i, token.size()) == token) { *i += token.size(); return true; }
  return false;
}
}  // namespace

bool parse_date(std::string_view s, int32_t* days) {
  int y, m, d;
  if (s.size() == 8 && s.find_first_not_of("0123456789") == std::string_view::npos) {
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    m = (s[4] - '0') * 10 + (s[5] - '0');
    d = (s[6] - '0') * 10 + (s[7] - '0');
  } else {
    size_t i = 0;
    size_t start = i;
    y = read_int(s, &i, 4);
    if (y < 0 || i - start != 4) return false;
    bool chinese = false;
    if (eat(s, &i, "年")) chinese = true;
    else if (!(eat(s, &i, "-") || eat(s, &i, "/") || eat(s, &i, "."))) return false;
    m = read_int(s, &i, 2);
    if (m < 0) return false;
    if (chinese) { if (!eat(s, &i, "月")) return false; }
    else if (!(eat(s, &i, "-") || eat(s, &i, "/") || eat(s, &i, "."))) return false;
    d = read_int(s, &i, 2);
    if (d < 0) return false;
    if (chinese) eat(s, &i, "日");
    if (i != s.size()) return false;
  }
  if (!valid_ymd(y, m, d)) return false;
  *days = days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  return true;
}

namespace {
// Decimal with optional thousands separators (only in the integer part) and at most
// two decimals; result in hundredths.
bool parse_decimal_centi(std::string_view s, bool allow_commas, int64_t* out, bool strict = true) {
  if (s.empty()) return false;
  int64_t whole = 0;
  size_t i = 0;
  int digits = 0;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || (allow_commas && s[i] == ','))) {
    if (s[i] != ',') {
      if (whole > 9'000'000'000'000'000LL / 1000) return false;
      whole = whole * 10 + (s[i] - '0');
      ++digits;
    }
    ++i;
  }
  int64_t frac = 0;
  int fd = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      if (fd < 2) frac = frac * 10 + (s[i] - '0');
      else if (strict && s[i] != '0') return false;  // more precision than a fen: reject
      ++fd;
      ++i;
    }
    if (fd == 0 && digits == 0) return false;
  }
  if (digits == 0 && fd == 0) return false;
  if (i != s.size()) return false;
  if (fd == 1) frac *= 10;
  *out = whole * 100 + frac;
  return true;
}

std::string_view strip_suffix(std::string_view s, std::string_view suffix) {
  if (s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix)
    s.remove_suffix(suffix.size());
  return s;
}

std::string_view trim_ascii(std::string_view s) {
  while (!s.empty() && (s.front() == ' ')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ')) s.remove_suffix(1);
  return s;
}
}  // namespace

bool parse_amount_fen(std::string_view s, int64_t* fen) {
  s = trim_ascii(s);
  if (s.substr(0, 2) == "\xC2\xA5") s.remove_prefix(2);  // ¥ (NFKC folds ￥ to it)
  s = trim_ascii(s);
  s = trim_ascii(strip_suffix(s, "元"));
  return parse_decimal_centi(s, true, fen);
}

bool parse_area_centi(std::string_view s, int64_t* centi) {
  s = trim_ascii(s);
  for (std::string_view unit : {"平方米", "平米", "m2", "m²", "M2"}) {
    if (s.size() > unit.size() && s.substr(s.size() - unit.size()) == unit) {
      s.remove_suffix(unit.size());
      break;
    }
  }
  return parse_decimal_centi(trim_ascii(s), false, centi, false);
}

bool parse_percent_centi(std::string_view s, int64_t* centi) {
  s = trim_ascii(strip_suffix(trim_ascii(s), "%"));
  return parse_decimal_centi(s, false, centi, false);
}

bool parse_bool(std::string_view s, bool* value) {
  if (s == "是" || s == "y" || s == "1" || s == "true") { *value = true; return true; }
  if (s == "否" || s == "n" || s == "0" || s == "false") { *value = false; return true; }
  return false;
}

}  // namespace qf::crosscheck

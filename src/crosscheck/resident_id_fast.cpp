#include "crosscheck/resident_id_fast.h"

namespace qf::crosscheck {

namespace {
// GB 11643: weights of the 17 digits and the check character of sum % 11 (as in
// core/resident_id.cpp).
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[] = "10X98765432";

// The birth-date rule of core/resident_id.cpp: year from 1800, a real day of the month.
bool calendar_date(int y, int m, int d) {
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int dim = kDays[m - 1];
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) dim = 29;
  return d <= dim;
}
}  // namespace

uint64_t canonical_resident_id(std::string_view field) {
  if (field.size() != 18) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(field.data());
  int digit[17];
  int sum = 0;
  uint64_t v = 0;
  for (int i = 0; i < 17; ++i) {
    unsigned d = static_cast<unsigned>(p[i]) - '0';
    if (d > 9) return 0;
    digit[i] = static_cast<int>(d);
    sum += digit[i] * kWeights[i];
    v = v * 10 + d;
  }
  if (static_cast<unsigned char>(kCheck[sum % 11]) != p[17]) return 0;
  int y = digit[6] * 1000 + digit[7] * 100 + digit[8] * 10 + digit[9];
  int m = digit[10] * 10 + digit[11];
  int d = digit[12] * 10 + digit[13];
  if (!calendar_date(y, m, d)) return 0;
  return v + 1;  // ResidentId::packed(): the 17 digits, offset by one
}

}  // namespace qf::crosscheck

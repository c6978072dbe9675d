#include "crosscheck/credit_code_fast.h"

namespace qf::crosscheck {

namespace {
// GB 32100: the alphabet and the weights of the first 17 characters (as in
// core/credit_code.cpp).
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
struct ValueTable {
  signed char v[256];
  constexpr ValueTable() : v() {
    for (auto& x : v) x = -1;
    for (int i = 0; i < 31; ++i) v[static_cast<unsigned char>(kAlphabet[i])] = static_cast<signed char>(i);
  }
};
constexpr ValueTable kValues;
}  // namespace

bool is_canonical_valid_code(std::string_view field) {
  if (field.size() != 18) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(field.data());
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    int v = kValues.v[p[i]];
    if (v < 0) return false;
    sum += v * kWeights[i];
  }
  int c = 31 - sum % 31;
  if (c == 31) c = 0;
  return static_cast<unsigned char>(kAlphabet[c]) == p[17];
}

}  // namespace qf::crosscheck

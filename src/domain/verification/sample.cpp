#include "domain/verification/sample.h"

#include <algorithm>
#include <limits>
#include <random>

#include <sodium.h>

namespace qf::verification {
namespace {

uint64_t bounded(std::mt19937_64& gen, uint64_t range) {
  // Rejection: accept only the x below the largest multiple of range (no modulo bias).
  const uint64_t max = std::numeric_limits<uint64_t>::max();
  const uint64_t limit = max - ((max % range) + 1) % range;  // largest multiple of range, minus 1
  uint64_t x = gen();
  while (x > limit) x = gen();
  return x % range;
}

}  // namespace

int64_t sample_size(int64_t population, int64_t percent) {
  if (population <= 0) return 0;
  const int64_t n = (population * percent + 99) / 100;
  return std::clamp<int64_t>(n, 1, population);
}

std::vector<int64_t> draw_sample(std::vector<int64_t> population, uint64_t seed, int64_t percent) {
  std::sort(population.begin(), population.end());
  population.erase(std::unique(population.begin(), population.end()), population.end());
  const auto total = static_cast<int64_t>(population.size());
  const int64_t n = sample_size(total, percent);
  std::mt19937_64 gen(seed);
  for (int64_t i = 0; i < n; ++i) {
    const auto j = i + static_cast<int64_t>(bounded(gen, static_cast<uint64_t>(total - i)));
    std::swap(population[static_cast<size_t>(i)], population[static_cast<size_t>(j)]);
  }
  population.resize(static_cast<size_t>(n));
  return population;
}

std::optional<uint64_t> parse_seed(const std::string& text) {
  if (text.empty() || text.size() > 20) return std::nullopt;
  uint64_t v = 0;
  for (char ch : text) {
    if (ch < '0' || ch > '9') return std::nullopt;
    const auto d = static_cast<uint64_t>(ch - '0');
    if (v > (std::numeric_limits<uint64_t>::max() - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  return v;
}

std::string new_seed() {
  if (sodium_init() < 0) return "1";
  // 10^11 … 10^12 − 1: always 12 digits.
  uint64_t x = 0;
  randombytes_buf(&x, sizeof x);
  return std::to_string(100000000000ULL + x % 900000000000ULL);
}

}  // namespace qf::verification

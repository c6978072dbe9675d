#pragma once
// The yearly random sample (随机抽查) of leading cadres, reproducible: the same seed and
// the same population give the same list, on any machine, so the organisation
// department (or an inspector) can repeat a recorded draw.
//
// Algorithm (documented in docs/modules/verification.md so it can be re-implemented):
//   1. the population is the person ids sorted ascending;
//   2. n = ceil(N × percent / 100), at least 1 when N > 0;
//   3. a std::mt19937_64 generator (its output is fixed by the C++ standard) seeded with
//      the seed, a 64-bit unsigned integer written in decimal;
//   4. a partial Fisher–Yates shuffle: for i = 0 … n−1, j = i + bounded(N − i), swap
//      positions i and j, where bounded(r) takes the next generator output x, rejects it
//      while x ≥ 2^64 − (2^64 mod r), and answers x mod r;
//   5. the first n ids, in that order, are the sample (position 1 … n in the draw).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace qf::verification {

int64_t sample_size(int64_t population, int64_t percent);

std::vector<int64_t> draw_sample(std::vector<int64_t> population, uint64_t seed, int64_t percent);

// A seed as written: 1–19 decimal digits whose value fits 64 bits; nullopt otherwise.
std::optional<uint64_t> parse_seed(const std::string& text);
// A new random seed (12 decimal digits, from the OS random source).
std::string new_seed();

}  // namespace qf::verification

#pragma once
// parallel_for: runs fn(i) for i in [0, n) on `threads` worker threads (the calling
// thread is one of them). Tasks are handed out in index order from an atomic counter;
// callers that need deterministic output write results into slot i and combine them
// in index order afterwards, so the thread count never changes the result.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace qf::crosscheck {

// CPU time (user + system) of the whole process so far, in seconds: compared with a
// phase's wall time it tells whether both threads were busy.
inline double process_cpu_seconds() {
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0) return 0;
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

template <class Fn>
void parallel_for(size_t n, unsigned threads, Fn&& fn) {
  if (n == 0) return;
  unsigned t = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(n)));
  if (t == 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) fn(i);
  };
  std::vector<std::thread> pool;
  pool.reserve(t - 1);
  for (unsigned k = 1; k < t; ++k) pool.emplace_back(work);
  work();
  for (auto& th : pool) th.join();
}

}  // namespace qf::crosscheck

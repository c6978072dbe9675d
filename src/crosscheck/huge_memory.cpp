#include "crosscheck/huge_memory.h"

#include <sys/mman.h>

#include <cstdlib>
#include <new>

namespace qf::crosscheck {

namespace {
constexpr size_t kHuge = size_t{1} << 21;
}  // namespace

void* huge_alloc(size_t bytes) {
  if (bytes < kHuge) {
    void* p = std::malloc(bytes ? bytes : 1);
    if (!p) throw std::bad_alloc();
    return p;
  }
  size_t rounded = (bytes + kHuge - 1) & ~(kHuge - 1);
  void* p = std::aligned_alloc(kHuge, rounded);
  if (!p) throw std::bad_alloc();
  madvise(p, rounded, MADV_HUGEPAGE);
  return p;
}

void huge_free(void* p) { std::free(p); }

void* large_array_alloc(size_t bytes) {
  if (bytes >= kLargeArrayBytes) return huge_alloc(bytes);
  void* p = std::malloc(bytes ? bytes : 1);
  if (!p) throw std::bad_alloc();
  return p;
}

}  // namespace qf::crosscheck

#include "cli/memory_allocator.h"

#include <cstdlib>

#include <fmt/format.h>

#ifdef QF_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace qf::cli {

std::string memory_allocator_description() {
#ifdef QF_WITH_MIMALLOC
  // Ask mimalloc whether a block from plain malloc() is one of its own: true only when
  // it really replaced glibc's malloc for the whole process (not merely linked).
  void* probe = std::malloc(64);
  bool ours = probe != nullptr && mi_is_in_heap_region(probe);
  std::free(probe);
  int v = mi_version();
  if (ours) return fmt::format("mimalloc {}.{}.{}", v / 100, (v / 10) % 10, v % 10);
  return fmt::format("glibc malloc (mimalloc {}.{}.{} linked but not in use)", v / 100, (v / 10) % 10, v % 10);
#else
  return "glibc malloc";
#endif
}

}  // namespace qf::cli

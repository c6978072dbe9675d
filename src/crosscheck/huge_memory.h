#pragma once
// Memory for the engine's large arrays — the string pool's slots and blocks, the
// tables' columns, the join indexes' hash tables, the people filter — in transparent
// huge pages where the kernel allows it (`madvise` mode): the rules and the index
// probe these arrays at random (hundreds of MiB at the province tier), and with 4 KiB
// pages nearly every probe is also a TLB miss and a page walk; with 2 MiB pages the
// TLB covers gigabytes. Growing them also takes one page fault per 2 MiB instead of
// 512.
#include <cstddef>

namespace qf::crosscheck {

// Memory of 2 MiB or more comes 2 MiB-aligned with MADV_HUGEPAGE; less from malloc.
// Throws std::bad_alloc when out of memory (like operator new).
void* huge_alloc(size_t bytes);
void huge_free(void* p);  // frees memory of huge_alloc and large_array_alloc

// A standard allocator over one of the two sources below (huge_alloc or
// large_array_alloc), both freed by huge_free.
template <class T, class Source>
struct PagedAllocator {
  using value_type = T;
  PagedAllocator() = default;
  template <class U>
  PagedAllocator(const PagedAllocator<U, Source>&) {}
  T* allocate(size_t n) { return static_cast<T*>(Source::alloc(n * sizeof(T))); }
  void deallocate(T* p, size_t) { huge_free(p); }
  template <class U>
  bool operator==(const PagedAllocator<U, Source>&) const { return true; }
};

struct HugePages {
  static void* alloc(size_t bytes) { return huge_alloc(bytes); }
};
template <class T>
using HugeAllocator = PagedAllocator<T, HugePages>;

// For arrays whose size follows the input (columns, join indexes, the people filter):
// huge pages only from kLargeArrayBytes on, malloc below. At the city tier these
// arrays are tens of MiB and a 2 MiB fault (zeroing, and compaction when the page
// cache is full of input) cost more CPU than the TLB saved; at the province tier
// they are hundreds of MiB and huge pages cut the index's and the rules' CPU by a
// third (docs/crosscheck-rounds.md, sixth round).
inline constexpr size_t kLargeArrayBytes = size_t{64} << 20;
void* large_array_alloc(size_t bytes);

struct LargeArrayPages {
  static void* alloc(size_t bytes) { return large_array_alloc(bytes); }
};
template <class T>
using LargeArrayAllocator = PagedAllocator<T, LargeArrayPages>;

}  // namespace qf::crosscheck

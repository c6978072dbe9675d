#pragma once
// Which memory allocator the running qingfeng process uses: mimalloc when the
// executable was linked with it (QF_MIMALLOC, the default outside sanitizer builds —
// see docs/architecture.md) and it actually serves malloc, otherwise glibc's.
#include <string>

namespace qf::cli {
std::string memory_allocator_description();
}  // namespace qf::cli

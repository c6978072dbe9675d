#pragma once
// Zip archives read from and written to memory (minizip), for the Office documents
// of report attachments: the original bytes never touch the disk. Reading caps the
// uncompressed total (zip bombs) and refuses a CRC mismatch.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qf::reports {

struct ZipEntry {
  std::string name;
  std::string content;
};

// Every file entry in archive order; nullopt when the bytes are not a readable zip
// or the uncompressed total exceeds `max_total` bytes.
std::optional<std::vector<ZipEntry>> read_zip(std::string_view bytes, uint64_t max_total);
// A deflated archive of `entries` with neutral timestamps (1980-01-01) and no comment.
std::optional<std::string> write_zip(const std::vector<ZipEntry>& entries);

}  // namespace qf::reports

#pragma once
// Text encodings of files arriving from registries and spreadsheets: UTF-8 (with or
// without a byte-order mark) or GB18030 (what Excel on a Chinese Windows saves as
// "CSV"). Detection is per file: a UTF-8 BOM, or bytes that are valid UTF-8, mean
// UTF-8; anything else is read as GB18030 (a superset of GBK and GB2312).
//
// Callers may assume: every function is thread-safe and allocation happens only in
// the conversion functions that return a std::string.
#include <string>
#include <string_view>

#include "core/result.h"

namespace qf::text {

enum class Encoding {
  kUtf8,     // valid UTF-8, no BOM
  kUtf8Bom,  // starts with EF BB BF
  kGb18030,  // not valid UTF-8: decoded as GB18030
};

// "UTF-8", "UTF-8 (BOM)" or "GB18030", for messages.
const char* encoding_name(Encoding e);

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
// ASCII runs are checked eight bytes at a time.
bool is_valid_utf8(std::string_view bytes);

// `bytes` with every byte that does not belong to a well-formed UTF-8 sequence
// replaced by U+FFFD (valid input comes back unchanged).
std::string repair_utf8(std::string_view bytes);

// Detects the encoding of a whole file's bytes (see the header comment).
Encoding detect_encoding(std::string_view bytes);

// `bytes` without a leading UTF-8 BOM (unchanged when there is none).
std::string_view strip_utf8_bom(std::string_view bytes);

// Converts GB18030 bytes to UTF-8 (ICU). Invalid sequences become U+FFFD, so the
// conversion only fails when ICU itself cannot be opened.
Result<std::string> gb18030_to_utf8(std::string_view bytes);

// The same conversion written into `buffer` (grown when too small, never shrunk, so a
// caller converting many pieces reuses one allocation): the result is the view of the
// buffer's first bytes, valid until the buffer's next use. ASCII and the two-byte
// sequences (GBK, nearly all Chinese text) are decoded from a table built once from
// ICU; four-byte sequences one by one through ICU; input with any ill-formed sequence
// goes to ICU whole, so the bytes out are always those of gb18030_to_utf8.
Result<std::string_view> gb18030_to_utf8(std::string_view bytes, std::string& buffer);

// Returns the UTF-8 text of a file's bytes whatever its detected encoding: the BOM is
// dropped; `detected` (optional) receives the encoding found.
Result<std::string> to_utf8(std::string_view bytes, Encoding* detected = nullptr);

}  // namespace qf::text

#include "core/text_encoding.h"

#include <cstdint>
#include <cstring>
#include <memory>

#include <unicode/ucnv.h>

namespace qf::text {

const char* encoding_name(Encoding e) {
  switch (e) {
    case Encoding::kUtf8: return "UTF-8";
    case Encoding::kUtf8Bom: return "UTF-8 (BOM)";
    case Encoding::kGb18030: return "GB18030";
  }
  return "?";
}

namespace {

// Length of the well-formed UTF-8 sequence at p (lead byte >= 0x80), or 0 when the
// bytes there are not one (bad lead, short, overlong, surrogate, > U+10FFFF).
size_t sequence_length(const unsigned char* p, const unsigned char* end) {
  unsigned char c = *p;
  int n;
  uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; }
  else return 0;
  if (end - p <= n) return 0;
  for (int i = 1; i <= n; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
  if (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
  return static_cast<size_t>(n) + 1;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    // ASCII fast path, eight bytes at a time.
    while (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      if (w & 0x8080808080808080ULL) break;
      p += 8;
    }
    if (p >= end) break;
    unsigned char c = *p;
    if (c < 0x80) { ++p; continue; }
    // Three-byte sequences whose lead byte rules out overlongs and surrogates
    // (E1..EC, EE, EF: most CJK) need only the two continuation checks.
    if (c >= 0xE1 && c != 0xED && c <= 0xEF && end - p > 2 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      p += 3;
      continue;
    }
    size_t n = sequence_length(p, end);
    if (n == 0) return false;
    p += n;
  }
  return true;
}

std::string repair_utf8(std::string_view bytes) {
  static constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(bytes.size() + 16);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    if (*p < 0x80) {
      out.push_back(static_cast<char>(*p++));
      continue;
    }
    size_t n = sequence_length(p, end);
    if (n == 0) {
      out.append(kReplacement, 3);
      ++p;
    } else {
      out.append(reinterpret_cast<const char*>(p), n);
      p += n;
    }
  }
  return out;
}

std::string_view strip_utf8_bom(std::string_view bytes) {
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
      static_cast<unsigned char>(bytes[1]) == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF)
    bytes.remove_prefix(3);
  return bytes;
}

Encoding detect_encoding(std::string_view bytes) {
  if (strip_utf8_bom(bytes).size() != bytes.size()) return Encoding::kUtf8Bom;
  return is_valid_utf8(bytes) ? Encoding::kUtf8 : Encoding::kGb18030;
}

Result<std::string> gb18030_to_utf8(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* from = ucnv_open("GB18030", &status);
  if (U_FAILURE(status)) return Error::internal("ucnv_open(GB18030) failed");
  std::unique_ptr<UConverter, void (*)(UConverter*)> from_guard(from, ucnv_close);
  UConverter* to = ucnv_open("UTF-8", &status);
  if (U_FAILURE(status)) return Error::internal("ucnv_open(UTF-8) failed");
  std::unique_ptr<UConverter, void (*)(UConverter*)> to_guard(to, ucnv_close);

  // GB18030 uses at most 4 bytes per character and UTF-8 at most 4 per code point;
  // two-byte GB characters become three UTF-8 bytes, so 2x is a safe upper bound.
  std::string out;
  out.resize(bytes.size() * 2 + 16);
  char* target = out.data();
  const char* source = bytes.data();
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                 pivot, &pivot_source, &pivot_target, pivot + 4096, true, true, &status);
  if (U_FAILURE(status)) return Error::internal("GB18030 conversion failed");
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

Result<std::string> to_utf8(std::string_view bytes, Encoding* detected) {
  Encoding e = detect_encoding(bytes);
  if (detected) *detected = e;
  if (e == Encoding::kGb18030) return gb18030_to_utf8(bytes);
  return std::string(strip_utf8_bom(bytes));
}

}  // namespace qf::text

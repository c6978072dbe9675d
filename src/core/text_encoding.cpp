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

namespace {

using ConverterPtr = std::unique_ptr<UConverter, void (*)(UConverter*)>;

// ICU's conversion of `bytes` into [*target, limit): GB18030 → UTF-16 pivot → UTF-8.
Status icu_gb18030_to_utf8(std::string_view bytes, char** target, char* limit) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr from(ucnv_open("GB18030", &status), ucnv_close);
  if (U_FAILURE(status)) return Error::internal("ucnv_open(GB18030) failed");
  ConverterPtr to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status)) return Error::internal("ucnv_open(UTF-8) failed");
  const char* source = bytes.data();
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  ucnv_convertEx(to.get(), from.get(), target, limit, &source, bytes.data() + bytes.size(), pivot,
                 &pivot_source, &pivot_target, pivot + 4096, true, true, &status);
  if (U_FAILURE(status)) return Error::internal("GB18030 conversion failed");
  return Status{};
}

// Two-byte GB18030: lead 0x81..0xFE, trail 0x40..0x7E or 0x80..0xFE. Each entry holds
// ICU's UTF-8 for the pair (1..3 bytes), or length 0 where the pair is not a plain
// BMP character (ICU then decides, with the bytes around it).
struct TwoByteTable {
  struct Entry {
    uint8_t len = 0;
    char bytes[3] = {};
  };
  static constexpr int kTrails = 0xFF - 0x40;  // 0x40..0xFE
  Entry entries[126 * kTrails];
  bool ready = false;

  TwoByteTable() {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr from(ucnv_open("GB18030", &status), ucnv_close);
    if (U_FAILURE(status)) return;
    for (int lead = 0x81; lead <= 0xFE; ++lead) {
      for (int trail = 0x40; trail <= 0xFE; ++trail) {
        if (trail == 0x7F) continue;
        const char pair[2] = {static_cast<char>(lead), static_cast<char>(trail)};
        UChar out[4];
        UErrorCode st = U_ZERO_ERROR;
        ucnv_reset(from.get());
        int32_t n = ucnv_toUChars(from.get(), out, 4, pair, 2, &st);
        if (U_FAILURE(st) || n != 1) continue;
        const uint32_t cp = out[0];
        if (cp == 0xFFFD || cp == 0x1A || (cp >= 0xD800 && cp <= 0xDFFF) || cp < 0x80) continue;
        Entry& e = entries[(lead - 0x81) * kTrails + (trail - 0x40)];
        if (cp < 0x800) {
          e.len = 2;
          e.bytes[0] = static_cast<char>(0xC0 | (cp >> 6));
          e.bytes[1] = static_cast<char>(0x80 | (cp & 0x3F));
        } else {
          e.len = 3;
          e.bytes[0] = static_cast<char>(0xE0 | (cp >> 12));
          e.bytes[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
          e.bytes[2] = static_cast<char>(0x80 | (cp & 0x3F));
        }
      }
    }
    ready = true;
  }
};

const TwoByteTable& two_byte_table() {
  static const TwoByteTable table;
  return table;
}

bool in(unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; }

// The table-driven conversion into out (room for 3 bytes per input byte). Returns
// the bytes written, or SIZE_MAX when the input holds a sequence left to ICU.
size_t fast_gb18030_to_utf8(std::string_view bytes, char* out) {
  const TwoByteTable& table = two_byte_table();
  if (!table.ready) return SIZE_MAX;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  char* o = out;
  while (p < end) {
    // ASCII runs eight bytes at a time.
    while (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      if (w & 0x8080808080808080ULL) break;
      std::memcpy(o, p, 8);
      p += 8;
      o += 8;
    }
    if (p >= end) break;
    const unsigned char c = *p;
    if (c < 0x80) {
      *o++ = static_cast<char>(c);
      ++p;
      continue;
    }
    if (!in(c, 0x81, 0xFE) || end - p < 2) return SIZE_MAX;
    const unsigned char t = p[1];
    if (in(t, 0x40, 0xFE) && t != 0x7F) {
      const TwoByteTable::Entry& e = table.entries[(c - 0x81) * TwoByteTable::kTrails + (t - 0x40)];
      if (e.len == 0) return SIZE_MAX;
      std::memcpy(o, e.bytes, 3);  // (the buffer has room; only e.len bytes count)
      o += e.len;
      p += 2;
      continue;
    }
    if (in(t, 0x30, 0x39) && end - p >= 4 && in(p[2], 0x81, 0xFE) && in(p[3], 0x30, 0x39)) {
      // A four-byte sequence is self-contained: ICU converts it alone exactly as in
      // context (at most 4 UTF-8 bytes).
      char* target = o;
      if (!icu_gb18030_to_utf8(std::string_view(reinterpret_cast<const char*>(p), 4), &target, o + 4).ok())
        return SIZE_MAX;
      o = target;
      p += 4;
      continue;
    }
    return SIZE_MAX;
  }
  return static_cast<size_t>(o - out);
}

}  // namespace

Result<std::string_view> gb18030_to_utf8(std::string_view bytes, std::string& buffer) {
  // Table path: at most 3 bytes out per byte in (+3 for the fixed-width copy of the
  // last pair). ICU's substitutions of ill-formed input can take 3 bytes per byte too.
  const size_t need = bytes.size() * 3 + 16;
  if (buffer.size() < need) buffer.resize(need);
  size_t n = fast_gb18030_to_utf8(bytes, buffer.data());
  if (n != SIZE_MAX) return std::string_view(buffer.data(), n);
  char* target = buffer.data();
  QF_TRY_STATUS(icu_gb18030_to_utf8(bytes, &target, buffer.data() + buffer.size()));
  return std::string_view(buffer.data(), static_cast<size_t>(target - buffer.data()));
}

Result<std::string> gb18030_to_utf8(std::string_view bytes) {
  std::string buffer;
  QF_TRY(std::string_view text, gb18030_to_utf8(bytes, buffer));
  buffer.resize(text.size());
  return buffer;
}

Result<std::string> to_utf8(std::string_view bytes, Encoding* detected) {
  Encoding e = detect_encoding(bytes);
  if (detected) *detected = e;
  if (e == Encoding::kGb18030) return gb18030_to_utf8(bytes);
  return std::string(strip_utf8_bom(bytes));
}

}  // namespace qf::text

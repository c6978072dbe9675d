#include "core/chinese_text.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

namespace qf::text {

namespace {

// Single code-point → code-point table built from TSCharacters.ocd2. A flat array
// over the BMP and plane 2 keeps the lookup to one load.
struct SimplifiedTable {
  std::vector<char32_t> map;  // 0 = unchanged
  bool loaded = false;
};

const SimplifiedTable& simplified_table() {
  static SimplifiedTable table;
  static std::once_flag once;
  std::call_once(once, [] {
    table.map.assign(0x30000, 0);
    std::string dir = "/usr/share/opencc";
    if (const char* env = std::getenv("QF_OPENCC_DIR"); env && *env) dir = env;
    std::string path = dir + "/TSCharacters.ocd2";
    FILE* fp = std::fopen(path.c_str(), "rb");
    if (!fp) return;
    try {
      auto dict = opencc::MarisaDict::NewFromFile(fp);
      auto lexicon = dict->GetLexicon();
      for (const auto& entry : *lexicon) {
        std::string key = entry->Key();
        std::string value = entry->GetDefault();
        size_t i = 0, j = 0;
        char32_t k = next_code_point(key, &i);
        char32_t v = next_code_point(value, &j);
        if (i != key.size() || j != value.size()) continue;  // not one character each
        if (k < table.map.size() && k != v) table.map[k] = v;
      }
      table.loaded = true;
    } catch (...) {
      table.loaded = false;
    }
    std::fclose(fp);
  });
  return table;
}

bool nfkc_stable(std::string_view s) {
  // ASCII and CJK unified ideographs (U+3400..U+4DBF, U+4E00..U+9FFF) are unchanged
  // by NFKC; anything else goes through ICU.
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    char32_t cp = next_code_point(s, &i);
    if (!((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF))) return false;
  }
  return true;
}

void nfkc_into(std::string_view in, std::string* out) {
  out->clear();
  if (nfkc_stable(in)) { out->append(in); return; }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) { out->append(in); return; }
  icu::StringByteSink<std::string> sink(out);
  n->normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink, nullptr, status);
  if (U_FAILURE(status)) { out->assign(in); }
}

bool is_middle_dot(char32_t cp) {
  return cp == 0x00B7 || cp == 0x2022 || cp == 0x2027 || cp == 0x30FB || cp == 0xFF65 ||
         cp == 0xFF0E || cp == '.' || cp == 0x2219 || cp == 0x22C5;
}

}  // namespace

char32_t next_code_point(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), k = *i;
  unsigned char c = p[k];
  if (c < 0x80) { *i = k + 1; return c; }
  int len = 0;
  char32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) { len = 1; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 2; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 3; cp = c & 0x07; }
  else { *i = k + 1; return 0xFFFFFFFFu - c; }
  if (k + static_cast<size_t>(len) >= n) {
    *i = k + 1;
    return 0xFFFFFFFFu - c;
  }
  for (int j = 1; j <= len; ++j) {
    unsigned char b = p[k + static_cast<size_t>(j)];
    if ((b & 0xC0) != 0x80) { *i = k + 1; return 0xFFFFFFFFu - c; }
    cp = (cp << 6) | (b & 0x3F);
  }
  *i = k + 1 + static_cast<size_t>(len);
  return cp;
}

void append_utf8(std::string* out, char32_t cp) {
  if (cp >= 0xFFFFFF00u) { out->push_back(static_cast<char>(0xFFFFFFFFu - cp)); return; }
  if (cp < 0x80) out->push_back(static_cast<char>(cp));
  else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_space(char32_t cp) {
  switch (cp) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0x85: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF: case 0x200B:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

std::string_view trim(std::string_view in) {
  size_t b = 0;
  while (b < in.size()) {
    size_t i = b;
    if (!is_space(next_code_point(in, &i))) break;
    b = i;
  }
  size_t e = in.size();
  while (e > b) {
    // Step back to the start of the last code point.
    size_t s = e - 1;
    while (s > b && (static_cast<unsigned char>(in[s]) & 0xC0) == 0x80) --s;
    size_t i = s;
    if (!is_space(next_code_point(in, &i))) break;
    e = s;
  }
  return in.substr(b, e - b);
}

namespace {
// The common case in one pass, writing through a pointer: text made only of ASCII and
// CJK unified ideographs (U+3400..U+4DBF, U+4E00..U+9FFF) is NFKC-stable and holds
// no white space or middle dot outside ASCII, so each ideograph needs only the
// traditional → simplified lookup. Returns false (out unspecified) as soon as another
// code point appears; the caller then takes the general path. Same result as it.
bool normalize_ascii_cjk(std::string_view in, unsigned flags, const SimplifiedTable* table, std::string* out) {
  out->resize(in.size() * 2 + 4);  // '.' → U+00B7 doubles a byte; nothing grows more
  char* o = out->data();
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const auto* end = p + in.size();
  const bool remove_space = flags & kRemoveSpace, dot = flags & kMiddleDot;
  const bool upper = flags & kUpperAscii, lower = flags & kLowerAscii;
  const char32_t* map = table ? table->map.data() : nullptr;
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      if (remove_space && (c == ' ' || (c >= 0x09 && c <= 0x0D))) continue;
      if (dot && c == '.') { *o++ = '\xC2'; *o++ = '\xB7'; continue; }
      if (upper && c >= 'a' && c <= 'z') c = static_cast<unsigned char>(c - 32);
      if (lower && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      *o++ = static_cast<char>(c);
      continue;
    }
    if (c < 0xE3 || c > 0xE9 || end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return false;
    char32_t cp = (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (!((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF))) return false;
    char32_t to = map ? map[cp] : 0;
    if (!to) {
      o[0] = static_cast<char>(p[0]); o[1] = static_cast<char>(p[1]); o[2] = static_cast<char>(p[2]);
      o += 3;
    } else if (to < 0x80) {
      *o++ = static_cast<char>(to);
    } else if (to < 0x800) {
      *o++ = static_cast<char>(0xC0 | (to >> 6));
      *o++ = static_cast<char>(0x80 | (to & 0x3F));
    } else if (to < 0x10000) {
      *o++ = static_cast<char>(0xE0 | (to >> 12));
      *o++ = static_cast<char>(0x80 | ((to >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (to & 0x3F));
    } else {
      *o++ = static_cast<char>(0xF0 | (to >> 18));
      *o++ = static_cast<char>(0x80 | ((to >> 12) & 0x3F));
      *o++ = static_cast<char>(0x80 | ((to >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (to & 0x3F));
    }
    p += 3;
  }
  out->resize(static_cast<size_t>(o - out->data()));
  return true;
}

void finish_normalize(unsigned flags, std::string* out) {
  if (flags & kTrim) {
    std::string_view t = trim(*out);
    if (t.size() != out->size()) *out = std::string(t);
  }
  if (flags & kCompanySuffix) {
    static const std::string_view kLong = "有限责任公司";
    size_t pos = 0;
    while ((pos = out->find(kLong, pos)) != std::string::npos) {
      out->replace(pos, kLong.size(), "有限公司");
      pos += std::string_view("有限公司").size();
    }
  }
}
}  // namespace

void normalize_into(std::string_view in, unsigned flags, std::string* out) {
  const SimplifiedTable* fast_table = (flags & kSimplify) ? &simplified_table() : nullptr;
  if (normalize_ascii_cjk(in, flags, fast_table, out)) {
    finish_normalize(flags, out);
    return;
  }
  thread_local std::string stage;
  std::string_view src = in;
  if ((flags & kNfkc) && !nfkc_stable(in)) {  // the common case needs no copy at all
    nfkc_into(in, &stage);
    src = stage;
  }
  const SimplifiedTable* table = (flags & kSimplify) ? &simplified_table() : nullptr;
  out->clear();
  out->reserve(src.size());
  size_t i = 0;
  while (i < src.size()) {
    unsigned char c = static_cast<unsigned char>(src[i]);
    if (c < 0x80) {  // ASCII fast path
      ++i;
      if ((flags & kRemoveSpace) && (c == ' ' || (c >= 0x09 && c <= 0x0D))) continue;
      if ((flags & kMiddleDot) && c == '.') { out->append("\xC2\xB7"); continue; }
      if ((flags & kUpperAscii) && c >= 'a' && c <= 'z') c = static_cast<unsigned char>(c - 32);
      if ((flags & kLowerAscii) && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      out->push_back(static_cast<char>(c));
      continue;
    }
    char32_t cp = next_code_point(src, &i);
    if ((flags & kRemoveSpace) && is_space(cp)) continue;
    if ((flags & kMiddleDot) && is_middle_dot(cp)) cp = 0x00B7;
    if (table && cp < table->map.size() && table->map[cp]) cp = table->map[cp];
    append_utf8(out, cp);
  }
  finish_normalize(flags, out);
}

std::string normalize(std::string_view in, unsigned flags) {
  std::string out;
  normalize_into(in, flags, &out);
  return out;
}

void normalize_phone_into(std::string_view in, std::string* out) {
  out->clear();
  size_t i = 0;
  while (i < in.size()) {
    char32_t cp = next_code_point(in, &i);
    if (cp >= '0' && cp <= '9') out->push_back(static_cast<char>(cp));
    else if (cp >= 0xFF10 && cp <= 0xFF19) out->push_back(static_cast<char>('0' + (cp - 0xFF10)));
  }
  if (out->size() >= 12 && (*out)[0] == '8' && (*out)[1] == '6') out->erase(0, 2);
}

std::string normalize_phone(std::string_view in) {
  std::string out;
  normalize_phone_into(in, &out);
  return out;
}

std::string nfkc(std::string_view in) {
  std::string out;
  nfkc_into(in, &out);
  return out;
}

std::string to_simplified(std::string_view in) { return normalize(in, kSimplify); }

bool simplified_table_loaded() { return simplified_table().loaded; }

}  // namespace qf::text

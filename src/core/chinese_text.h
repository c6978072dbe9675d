#pragma once
// Chinese text normalisation for matching records across registries (比对口径):
// Unicode NFKC (ICU), removal or trimming of Unicode white space (U+3000 included),
// middle-dot variants folded to U+00B7 in person names, and traditional → simplified
// character by character with OpenCC's TSCharacters table (not phrase conversion).
//
// Performance contract: text made only of ASCII and CJK unified ideographs skips ICU
// entirely (those code points are NFKC-stable), and traditional → simplified is one
// table lookup per code point (the OpenCC table is loaded once into memory), so the
// common case costs one pass over the bytes. Every function is thread-safe; the
// `*_into` forms write into a caller-owned buffer so hot loops need not allocate.
//
// Input must be UTF-8 (see text_encoding.h); invalid bytes are passed through.
#include <string>
#include <string_view>

namespace qf::text {

// Steps of a normalisation; combine with |.
enum NormalizeFlags : unsigned {
  kNfkc = 1u << 0,            // Unicode NFKC
  kRemoveSpace = 1u << 1,     // drop every white-space code point
  kTrim = 1u << 2,            // drop white space at both ends only
  kMiddleDot = 1u << 3,       // · • ‧ ・ ･ ． . → U+00B7
  kSimplify = 1u << 4,        // traditional → simplified (TSCharacters)
  kUpperAscii = 1u << 5,      // a-z → A-Z
  kLowerAscii = 1u << 6,      // A-Z → a-z
  kCompanySuffix = 1u << 7,   // 有限责任公司 → 有限公司
};

// Runs the selected steps in the order NFKC, per-code-point steps, trim, suffix.
void normalize_into(std::string_view in, unsigned flags, std::string* out);
std::string normalize(std::string_view in, unsigned flags);

// The contract's normalisations (FORMATS.md, "Normalisation").
inline constexpr unsigned kPersonName = kNfkc | kRemoveSpace | kMiddleDot | kSimplify;
inline constexpr unsigned kCompanyName = kNfkc | kRemoveSpace | kSimplify | kCompanySuffix;
inline constexpr unsigned kAddress = kNfkc | kRemoveSpace | kSimplify;
inline constexpr unsigned kCertificate = kNfkc | kRemoveSpace | kUpperAscii;
inline constexpr unsigned kLabel = kNfkc | kTrim;                 // department, category...
inline constexpr unsigned kEnumValue = kNfkc | kTrim | kLowerAscii;  // booleans, enums

inline std::string normalize_person_name(std::string_view s) { return normalize(s, kPersonName); }
inline std::string normalize_company_name(std::string_view s) { return normalize(s, kCompanyName); }
inline std::string normalize_address(std::string_view s) { return normalize(s, kAddress); }

// Phone: digits only (full-width digits folded), then a leading 86 country code is
// removed when what remains is still a full number (at least 10 digits).
void normalize_phone_into(std::string_view in, std::string* out);
std::string normalize_phone(std::string_view in);

// NFKC alone (ICU), with the ASCII/CJK fast path.
std::string nfkc(std::string_view in);

// `in` without leading and trailing Unicode white space.
std::string_view trim(std::string_view in);

// True when code point `cp` is white space (Unicode White_Space, plus U+FEFF and
// U+200B which spreadsheets leave behind).
bool is_space(char32_t cp);

// Traditional → simplified, character by character. The table comes from
// $QF_OPENCC_DIR/TSCharacters.ocd2 or /usr/share/opencc/TSCharacters.ocd2 and is
// loaded on first use; simplified_table_loaded() tells whether that worked.
std::string to_simplified(std::string_view in);
bool simplified_table_loaded();

// Decodes one UTF-8 code point at s[*i] and advances *i; invalid bytes decode as
// themselves (one byte, value >= 0x80 marked by returning 0xFFFFFFFF - byte).
char32_t next_code_point(std::string_view s, size_t* i);
void append_utf8(std::string* out, char32_t cp);

}  // namespace qf::text

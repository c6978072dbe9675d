// JsonText and the JSON string escaping (see json_text.h).
#include "http/json_text.h"

#include <cassert>
#include <charconv>

namespace qf::http {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool continuation(unsigned char c, unsigned char lo = 0x80, unsigned char hi = 0xBF) { return c >= lo && c <= hi; }

// Length of the valid UTF-8 sequence starting at s[i] (1–4), or 0 when the bytes there
// do not start one. *resume is where to continue after a rejected sequence: the byte
// that broke it (it may start a character itself), or the byte after an invalid lead.
size_t valid_sequence(std::string_view s, size_t i, size_t* resume) {
  const auto c0 = static_cast<unsigned char>(s[i]);
  size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    need = 1;
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    need = 2;
    if (c0 == 0xE0) lo = 0xA0;        // no overlong forms
    else if (c0 == 0xED) hi = 0x9F;   // no UTF-16 surrogates
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    need = 3;
    if (c0 == 0xF0) lo = 0x90;        // no overlong forms
    else if (c0 == 0xF4) hi = 0x8F;   // nothing above U+10FFFF
  } else {
    *resume = i + 1;                   // 0x80–0xC1, 0xF5–0xFF never start a character
    return 0;
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) {
      *resume = s.size();              // truncated at the end: one replacement
      return 0;
    }
    const auto c = static_cast<unsigned char>(s[i + k]);
    if (k == 1 ? !continuation(c, lo, hi) : !continuation(c)) {
      *resume = i + k;
      return 0;
    }
  }
  return need + 1;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.reserve(out.size() + s.size() + 2);
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    // Copy the longest run that needs no attention in one go.
    size_t run = i;
    while (run < s.size()) {
      const auto c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
      ++run;
    }
    out.append(s.data() + i, run - i);
    i = run;
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
          const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          out.append(esc, 6);
        }
      }
      ++i;
      continue;
    }
    size_t resume = i;
    const size_t n = valid_sequence(s, i, &resume);
    if (n == 0) {
      out += kReplacement;
      i = resume;
      continue;
    }
    if (n == 3 && c == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
    } else {
      out.append(s.data() + i, n);
    }
    i += n;
  }
  out += '"';
}

void JsonText::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
}

JsonText& JsonText::begin_object() {
  before_value();
  out_ += '{';
  first_.push_back(true);
  return *this;
}

JsonText& JsonText::end_object() {
  assert(!first_.empty() && !after_key_);
  first_.pop_back();
  out_ += '}';
  return *this;
}

JsonText& JsonText::begin_array() {
  before_value();
  out_ += '[';
  first_.push_back(true);
  return *this;
}

JsonText& JsonText::end_array() {
  assert(!first_.empty() && !after_key_);
  first_.pop_back();
  out_ += ']';
  return *this;
}

JsonText& JsonText::key(std::string_view name) {
  assert(!first_.empty() && !after_key_);
  if (!first_.back()) out_ += ',';
  first_.back() = false;
  append_json_string(out_, name);
  out_ += ':';
  after_key_ = true;
  return *this;
}

JsonText& JsonText::string(std::string_view utf8) {
  before_value();
  append_json_string(out_, utf8);
  return *this;
}

JsonText& JsonText::integer(int64_t v) {
  before_value();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  (void)ec;
  out_.append(buf, end);
  return *this;
}

JsonText& JsonText::boolean(bool v) {
  before_value();
  out_ += v ? "true" : "false";
  return *this;
}

JsonText& JsonText::null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonText& JsonText::raw(std::string_view json) {
  before_value();
  out_ += json;
  return *this;
}

}  // namespace qf::http

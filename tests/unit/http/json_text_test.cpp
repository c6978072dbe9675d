// JsonText: the streaming JSON writer of hot-path responses produces, for every input,
// the same text as nlohmann::json::dump(-1, …, replace) — except U+2028/U+2029, which it
// escapes — and text that parses back to the input (valid UTF-8) or to nlohmann's
// replacement (invalid UTF-8). Exhaustive over every 1- and 2-byte string, every code
// point, 3-byte strings starting with a lead byte, and many random strings.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "http/json_text.h"

namespace qf::http {
namespace {

using nlohmann::json;

std::string reference(const std::string& s) {
  std::string t = json(s).dump(-1, ' ', false, json::error_handler_t::replace);
  // nlohmann leaves U+2028/U+2029 raw; JsonText escapes them.
  for (auto [raw, esc] : {std::pair<std::string, std::string>{"\xE2\x80\xA8", "\\u2028"}, {"\xE2\x80\xA9", "\\u2029"}}) {
    for (size_t at = t.find(raw); at != std::string::npos; at = t.find(raw, at + esc.size())) t.replace(at, raw.size(), esc);
  }
  return t;
}

std::string mine(const std::string& s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

std::string utf8(uint32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

TEST(JsonTextTest, KnownEscapes) {
  EXPECT_EQ(mine("张伟 \"引号\" \\ /"), "\"张伟 \\\"引号\\\" \\\\ /\"");
  EXPECT_EQ(mine(std::string("a\0b", 3)), "\"a\\u0000b\"");
  EXPECT_EQ(mine("\b\f\n\r\t\x1f\x7f"), "\"\\b\\f\\n\\r\\t\\u001f\x7f\"");
  EXPECT_EQ(mine("\xE2\x80\xA8|\xE2\x80\xA9"), "\"\\u2028|\\u2029\"");
  EXPECT_EQ(mine("😀𠮷"), "\"😀𠮷\"");                     // 4-byte UTF-8 kept as is
  EXPECT_EQ(mine("a\xFFz"), "\"a\xEF\xBF\xBDz\"");          // invalid byte → U+FFFD
  EXPECT_EQ(mine("\xE4\xB8"), "\"\xEF\xBF\xBD\"");          // truncated 中
  EXPECT_EQ(mine("\xE4\xB8" "a"), "\"\xEF\xBF\xBD" "a\"");  // broken sequence, next byte kept
  EXPECT_EQ(mine("\xED\xA0\x80"), reference("\xED\xA0\x80"));  // UTF-16 surrogate
  EXPECT_EQ(mine("\xC0\xAF"), reference("\xC0\xAF"));          // overlong '/'
}

TEST(JsonTextTest, EveryCodePointRoundTrips) {
  for (uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s = "x";
    s += utf8(cp);
    s += 'y';
    std::string out = mine(s);
    ASSERT_EQ(out, reference(s)) << "U+" << std::hex << cp;
    ASSERT_EQ(json::parse(out).get<std::string>(), s) << "U+" << std::hex << cp;
  }
}

TEST(JsonTextTest, EveryOneAndTwoByteStringMatchesNlohmann) {
  for (int a = 0; a < 256; ++a) {
    std::string s1(1, static_cast<char>(a));
    ASSERT_EQ(mine(s1), reference(s1)) << a;
    for (int b = 0; b < 256; ++b) {
      std::string s2{static_cast<char>(a), static_cast<char>(b)};
      ASSERT_EQ(mine(s2), reference(s2)) << a << " " << b;
    }
  }
}

TEST(JsonTextTest, EveryThreeByteStringFromALeadByteMatchesNlohmann) {
  // Lead bytes 0xC0–0xFF, any second byte, and a third byte from every class the
  // decoder distinguishes: every way a multi-byte sequence can be valid, overlong, a
  // surrogate, too large or cut short.
  const int thirds[] = {0x00, 0x1F, 0x22, 0x41, 0x5C, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
                        0xA8, 0xA9, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF};
  std::string s(3, '\0');
  for (int a = 0xC0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      for (int c : thirds) {
        s[0] = static_cast<char>(a);
        s[1] = static_cast<char>(b);
        s[2] = static_cast<char>(c);
        std::string out = mine(s);
        std::string ref = reference(s);
        if (out != ref) FAIL() << std::hex << a << " " << b << " " << c << ": " << out << " vs " << ref;
      }
    }
  }
}

TEST(JsonTextTest, RandomStringsMatchNlohmannAndParseBack) {
  std::mt19937 rng(20261126);
  const std::vector<std::string> pieces = {"a", "\"", "\\", "\n", std::string(1, '\0'), "\x1f", "中", "文",
                                           "😀", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xF0\x9F", "\xE4", "\x80",
                                           "\xFF", "\xC3", "\xA9", "\xED\xA0", "\xF4\x90\x80\x80", "/"};
  for (int n = 0; n < 200000; ++n) {
    std::string s;
    const int len = static_cast<int>(rng() % 10);
    for (int k = 0; k < len; ++k) {
      if (rng() % 3 == 0) s += static_cast<char>(rng() % 256);
      else s += pieces[rng() % pieces.size()];
    }
    std::string out = mine(s);
    ASSERT_EQ(out, reference(s)) << json(s).dump(-1, ' ', true, json::error_handler_t::replace);
    // What nlohmann would have given a client, read back, equals what JsonText gives.
    ASSERT_EQ(json::parse(out), json::parse(json(s).dump(-1, ' ', false, json::error_handler_t::replace)));
  }
}

TEST(JsonTextTest, NestingAndCommas) {
  std::string out;
  JsonText w(out);
  w.begin_object().key("data").begin_array();
  for (int i = 0; i < 2; ++i) {
    w.begin_object().member("id", int64_t{i}).member("name", "张三").member("ok", i == 1);
    w.key("dept").null().key("tags").begin_array().end_array().end_object();
  }
  w.end_array().key("meta").begin_object().member("total", int64_t{-7}).end_object();
  w.key("extra").raw("[1,2]").end_object();
  EXPECT_EQ(out,
            R"({"data":[{"id":0,"name":"张三","ok":false,"dept":null,"tags":[]},)"
            R"({"id":1,"name":"张三","ok":true,"dept":null,"tags":[]}],"meta":{"total":-7},"extra":[1,2]})");
  EXPECT_TRUE(json::accept(out));
}

}  // namespace
}  // namespace qf::http

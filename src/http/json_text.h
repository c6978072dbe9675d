#pragma once
// JsonText: writes JSON straight into a string, for responses on hot paths where
// building a DOM first (nlohmann::json) costs more than the rest of the request.
//
// Commas and nesting are tracked; the caller writes keys and values in order. Strings
// are written as UTF-8 with exactly the escapes nlohmann::json::dump(-1) uses — '"',
// '\\', \b \f \n \r \t, other control characters as \u00XX — plus U+2028 and U+2029 as
// \u2028 / \u2029 (valid JSON either way; escaped so the text is also safe inside a
// script). Invalid UTF-8 is replaced by U+FFFD the way nlohmann's error_handler_t::replace
// does (one replacement per rejected sequence, the rejecting byte read again when it
// could start a new character), so both writers produce the same text for any input.
// Misuse (a value where a key is due, unbalanced ends) is a programming error: asserted
// in debug builds, unchecked in release.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qf::http {

class JsonText {
 public:
  explicit JsonText(std::string& out) : out_(out) {}

  JsonText& begin_object();
  JsonText& end_object();
  JsonText& begin_array();
  JsonText& end_array();
  JsonText& key(std::string_view name);  // inside an object, before each value
  JsonText& string(std::string_view utf8);
  JsonText& integer(int64_t v);
  JsonText& boolean(bool v);
  JsonText& null();
  JsonText& raw(std::string_view json);  // an already-serialised JSON value, as is

  // Shorthands for an object member.
  JsonText& member(std::string_view name, std::string_view v) { return key(name).string(v); }
  JsonText& member(std::string_view name, const char* v) { return key(name).string(v); }
  JsonText& member(std::string_view name, int64_t v) { return key(name).integer(v); }
  JsonText& member(std::string_view name, bool v) { return key(name).boolean(v); }

 private:
  void before_value();
  std::string& out_;
  std::vector<bool> first_;    // per open container: nothing written in it yet
  bool after_key_ = false;
};

// Appends `utf8` as a JSON string literal (with quotes) to `out`, escaped as above.
void append_json_string(std::string& out, std::string_view utf8);

}  // namespace qf::http

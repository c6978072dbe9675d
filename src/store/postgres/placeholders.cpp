#include "store/postgres/placeholders.h"

#include <cctype>

namespace qf::store {
namespace {

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }

}  // namespace

RewrittenSql rewrite_placeholders(std::string_view sql) {
  RewrittenSql out;
  out.text.reserve(sql.size() + 16);
  const size_t n = sql.size();
  size_t i = 0;
  auto copy_until = [&](size_t end) {
    out.text.append(sql.substr(i, end - i));
    i = end;
  };
  while (i < n) {
    char c = sql[i];
    if (c == '\'') {
      // Standard string, or E'…' (the E was already copied) with backslash escapes.
      bool escapes = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') && (i < 2 || !ident_char(sql[i - 2]));
      size_t j = i + 1;
      while (j < n) {
        if (escapes && sql[j] == '\\') { j += 2; continue; }
        if (sql[j] == '\'') {
          if (j + 1 < n && sql[j + 1] == '\'') { j += 2; continue; }
          ++j;
          break;
        }
        ++j;
      }
      copy_until(j > n ? n : j);
    } else if (c == '"') {
      size_t j = i + 1;
      while (j < n) {
        if (sql[j] == '"') {
          if (j + 1 < n && sql[j + 1] == '"') { j += 2; continue; }
          ++j;
          break;
        }
        ++j;
      }
      copy_until(j);
    } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
      size_t j = sql.find('\n', i);
      copy_until(j == std::string_view::npos ? n : j);
    } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
      size_t j = sql.find("*/", i + 2);
      copy_until(j == std::string_view::npos ? n : j + 2);
    } else if (c == '$' && (i == 0 || !ident_char(sql[i - 1]))) {
      // Dollar quote: $tag$ … $tag$ (tag empty or an identifier not starting with a digit).
      size_t j = i + 1;
      while (j < n && ident_char(sql[j]) && !(j == i + 1 && std::isdigit(static_cast<unsigned char>(sql[j])))) ++j;
      if (j < n && sql[j] == '$') {
        std::string_view tag = sql.substr(i, j - i + 1);
        size_t close = sql.find(tag, j + 1);
        copy_until(close == std::string_view::npos ? n : close + tag.size());
      } else {
        copy_until(i + 1);
      }
    } else if (c == '?') {
      out.text += '$';
      out.text += std::to_string(++out.placeholders);
      ++i;
    } else {
      out.text += c;
      ++i;
    }
  }
  return out;
}

}  // namespace qf::store

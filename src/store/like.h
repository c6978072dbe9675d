#pragma once
// A user's search text as a LIKE "contains" pattern in which %, _ and \ typed by the
// user are literal characters (escaped with a backslash). Use it with
// `LIKE ? ESCAPE '\'` — SQLite has no default escape character and PostgreSQL's default
// is the backslash, so only an explicit ESCAPE gives the same answer on both.
#include <string>
#include <string_view>

namespace qf::store {

inline std::string like_contains(std::string_view q) {
  std::string like = "%";
  for (char ch : q) {
    if (ch == '%' || ch == '_' || ch == '\\') like += '\\';
    like += ch;
  }
  return like + "%";
}

}  // namespace qf::store

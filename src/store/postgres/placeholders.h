#pragma once
// Rewrites the port's `?` placeholders to PostgreSQL's $1, $2, … A `?` inside a
// string literal ('…', E'…' with backslash escapes), a quoted identifier ("…"), a
// dollar-quoted body ($$…$$ or $tag$…$tag$) or a comment (-- …, /* … */) is left alone.
#include <string>
#include <string_view>

namespace qf::store {

struct RewrittenSql {
  std::string text;
  int placeholders = 0;
};

RewrittenSql rewrite_placeholders(std::string_view sql);

}  // namespace qf::store

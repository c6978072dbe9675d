// `?` → $n rewriting for PostgreSQL: only placeholders outside quotes and comments.
#include "store/postgres/placeholders.h"

#include <gtest/gtest.h>

namespace qf::store {
namespace {

TEST(Placeholders, NumbersEachPlaceholderInOrder) {
  auto r = rewrite_placeholders("SELECT * FROM t WHERE a = ? AND b IN (?, ?)");
  EXPECT_EQ(r.text, "SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)");
  EXPECT_EQ(r.placeholders, 3);
}

TEST(Placeholders, LeavesQuestionMarksInsideStringLiteralsAlone) {
  auto r = rewrite_placeholders("SELECT '是?' || ?, 'it''s ?' FROM t WHERE x = ?");
  EXPECT_EQ(r.text, "SELECT '是?' || $1, 'it''s ?' FROM t WHERE x = $2");
  EXPECT_EQ(r.placeholders, 2);
}

TEST(Placeholders, LeavesQuotedIdentifiersCommentsAndDollarQuotesAlone) {
  auto r = rewrite_placeholders(
      "SELECT \"odd?name\", ? -- why?\n/* what? */ FROM t WHERE y = $$a?b$$ AND z = $fn$?$fn$ AND w = ?");
  EXPECT_EQ(r.text,
            "SELECT \"odd?name\", $1 -- why?\n/* what? */ FROM t WHERE y = $$a?b$$ AND z = $fn$?$fn$ AND w = $2");
  EXPECT_EQ(r.placeholders, 2);
}

TEST(Placeholders, HandlesBackslashEscapesInEStrings) {
  auto r = rewrite_placeholders("SELECT E'a\\'?b', ?");
  EXPECT_EQ(r.text, "SELECT E'a\\'?b', $1");
  EXPECT_EQ(r.placeholders, 1);
}

TEST(Placeholders, KeepsExistingDollarParametersAndCasts) {
  auto r = rewrite_placeholders("SELECT ?::bigint, x::text FROM t");
  EXPECT_EQ(r.text, "SELECT $1::bigint, x::text FROM t");
}

TEST(Placeholders, UnterminatedLiteralIsCopiedAsIs) {
  auto r = rewrite_placeholders("SELECT 'abc?");
  EXPECT_EQ(r.text, "SELECT 'abc?");
  EXPECT_EQ(r.placeholders, 0);
}

}  // namespace
}  // namespace qf::store

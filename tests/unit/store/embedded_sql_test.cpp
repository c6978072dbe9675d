// The embedded SQL lookup (a binary search over the generated table) and sql() by name.
#include "store/embedded_sql.h"

#include <gtest/gtest.h>

#include "store/database.h"

namespace qf::store {
namespace {

TEST(EmbeddedSql, EveryListedPathIsFoundWithItsOwnText) {
  auto paths = embedded::file_list();
  ASSERT_GT(paths.size(), 100u);
  for (const auto& p : paths) {
    auto text = embedded::file(p);
    ASSERT_TRUE(text.has_value()) << p;
    EXPECT_FALSE(text->empty()) << p;
  }
  // Neighbours in the table must not answer for each other.
  EXPECT_NE(*embedded::file(paths.front()), *embedded::file(paths.back()));
}

TEST(EmbeddedSql, PathsThatAreNotThereAreNotFound) {
  EXPECT_FALSE(embedded::file("").has_value());
  EXPECT_FALSE(embedded::file("queries").has_value());
  EXPECT_FALSE(embedded::file("queries/auth/session_lookup").has_value());  // no suffix
  EXPECT_FALSE(embedded::file("zzz/after/everything.sql").has_value());
  EXPECT_FALSE(embedded::file("a/before/everything.sql").has_value());
  EXPECT_TRUE(embedded::file("queries/auth/session_lookup.sql").has_value());
}

TEST(EmbeddedSql, NamedQueryPrefersTheDialectFileAndFallsBackToTheCommonOne) {
  // store/change_version has no dialect-specific file: both dialects get the common text.
  auto common = embedded::file("queries/store/change_version.sql");
  ASSERT_TRUE(common.has_value());
  EXPECT_EQ(sql(Dialect::kSqlite, "store/change_version"), *common);
  EXPECT_EQ(sql(Dialect::kPostgres, "store/change_version"), *common);
  // A query with a .pg.sql override answers differently per dialect.
  for (const auto& p : embedded::file_list()) {
    const std::string suffix = ".pg.sql";
    if (p.rfind("queries/", 0) != 0 || p.size() <= suffix.size() ||
        p.compare(p.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string name = p.substr(8, p.size() - 8 - suffix.size());
    EXPECT_EQ(sql(Dialect::kPostgres, name), *embedded::file(p)) << name;
    EXPECT_NE(sql(Dialect::kSqlite, name), *embedded::file(p)) << name;
  }
}

// org::splice replaces the first occurrence of a marker such as /*SCOPE*/; a comment
// line that names the marker ("-- scope spliced at /*SCOPE*/") is that first occurrence,
// so the condition went into the comment and the query broke (three modules hit it the
// same day). No query may name a marker inside a -- comment.
TEST(EmbeddedSql, NoQueryNamesASpliceMarkerInsideAComment) {
  size_t queries = 0;
  for (const auto& p : embedded::file_list()) {
    if (p.rfind("queries/", 0) != 0) continue;
    ++queries;
    const std::string text(*embedded::file(p));
    size_t line_no = 0, start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      const std::string line = text.substr(start, end - start);
      ++line_no;
      const size_t dash = line.find("--");
      if (dash != std::string::npos) {
        const std::string comment = line.substr(dash);
        for (size_t at = comment.find("/*"); at != std::string::npos; at = comment.find("/*", at + 2)) {
          const size_t close = comment.find("*/", at + 2);
          if (close == std::string::npos) break;
          const std::string inner = comment.substr(at + 2, close - at - 2);
          const bool marker = !inner.empty() && inner.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789") ==
                                                    std::string::npos;
          EXPECT_FALSE(marker) << p << ":" << line_no << " names the marker /*" << inner
                               << "*/ in a comment; splice would replace it there";
        }
      }
      start = end + 1;
    }
  }
  EXPECT_GT(queries, 100u);
}

}  // namespace
}  // namespace qf::store

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

}  // namespace
}  // namespace qf::store

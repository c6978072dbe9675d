// Database URL parsing: which adapter a configured URL selects, and redaction.
#include "store/database_url.h"
#include "store/postgres/pg_database.h"

#include <gtest/gtest.h>

namespace qf::store {
namespace {

TEST(DatabaseUrl, SqliteForms) {
  auto a = parse_database_url("sqlite:data/qingfeng.db");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->dialect, Dialect::kSqlite);
  EXPECT_EQ(a->path, "data/qingfeng.db");
  EXPECT_FALSE(a->in_memory);

  auto b = parse_database_url("/var/lib/qingfeng/q.db");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->path, "/var/lib/qingfeng/q.db");

  auto c = parse_database_url("sqlite:///srv/q.db");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->path, "/srv/q.db");

  auto m = parse_database_url("sqlite::memory:");
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE(m->in_memory);
}

TEST(DatabaseUrl, PostgresForms) {
  for (std::string u : {"postgresql://qf@127.0.0.1:5432/qingfeng", "postgres://qf:pw@db/qingfeng"}) {
    auto p = parse_database_url(u);
    ASSERT_TRUE(p.ok()) << u;
    EXPECT_EQ(p->dialect, Dialect::kPostgres);
    EXPECT_EQ(p->conninfo, u);
  }
}

TEST(DatabaseUrl, RefusesUnknownSchemesAndEmptyNamingTheField) {
  auto e = parse_database_url("mysql://root@localhost/q");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().code, "db.url");
  EXPECT_EQ(e.error().field, "database.url");
  EXPECT_NE(e.error().message_en.find("mysql://"), std::string::npos);
  EXPECT_FALSE(e.error().message_zh.empty());
  EXPECT_FALSE(parse_database_url("").ok());
  EXPECT_FALSE(parse_database_url("sqlite:").ok());
}

TEST(DatabaseUrl, RedactsPasswords) {
  EXPECT_EQ(redact_database_url("postgresql://qf:s3cret@db:5432/q"), "postgresql://qf@db:5432/q");
  EXPECT_EQ(redact_database_url("postgresql://qf@db/q?password=x&sslmode=disable"),
            "postgresql://qf@db/q?sslmode=disable");
  EXPECT_EQ(redact_database_url("sqlite:data/q.db"), "sqlite:data/q.db");
}

TEST(DatabaseUrl, ReplacesDatabaseName) {
  EXPECT_EQ(with_database_name("postgresql://u@h:1/a?sslmode=disable", "b"), "postgresql://u@h:1/b?sslmode=disable");
  EXPECT_EQ(with_database_name("postgresql://u@h:1", "b"), "postgresql://u@h:1/b");
}

}  // namespace
}  // namespace qf::store

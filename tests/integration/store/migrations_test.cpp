// The migrations runner on both databases.
#include <gtest/gtest.h>

#include "store/migration_set.h"
#include "support/test_databases.h"

namespace qf::store {
namespace {

class MigrationsTest : public qf::testing::DatabaseTest {
 protected:
  MigrationsTest() { migrated_ = false; }
};

TEST_P(MigrationsTest, AnEmptyDatabaseIsVersionZeroAndMigratesToTheBinaryVersion) {
  {
    auto lease = db().acquire();
    auto v = schema_version(lease.value().get());
    ASSERT_TRUE(v.ok()) << v.error().to_string();
    EXPECT_EQ(*v, 0);
  }
  auto v = migrate(db());
  ASSERT_TRUE(v.ok()) << v.error().to_string();
  EXPECT_EQ(*v, binary_schema_version());
  EXPECT_GE(*v, 1);
  auto lease = db().acquire();
  // 0001 created the settings table.
  EXPECT_TRUE(lease.value()->execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                                      {std::string("installation"), std::string("清风")}).ok());
}

TEST_P(MigrationsTest, MigratingTwiceChangesNothing) {
  auto first = migrate(db());
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  auto second = migrate(db());
  ASSERT_TRUE(second.ok()) << second.error().to_string();
  EXPECT_EQ(*first, *second);
  auto lease = db().acquire();
  auto rows = lease.value()->query_one("SELECT count(*) AS n FROM schema_version");
  ASSERT_TRUE(rows.ok());
  auto expected = embedded_migrations(db().dialect());
  ASSERT_TRUE(expected.ok());
  EXPECT_EQ(rows->i64("n"), static_cast<int64_t>(expected->size()));
}

TEST_P(MigrationsTest, ANewerDatabaseIsRefusedNamingBothVersions) {
  ASSERT_TRUE(migrate(db()).ok());
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.value()->execute("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'future', 0)").ok());
  }
  auto refused = migrate(db());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(refused.error().code, "db.schema_too_new");
  const std::string binary = std::to_string(binary_schema_version());
  for (const auto& m : {refused.error().message_zh, refused.error().message_en}) {
    EXPECT_NE(m.find("9999"), std::string::npos) << m;
    EXPECT_NE(m.find(binary), std::string::npos) << m;
  }
}

// Modules land from branches in any order: a database that has a higher migration and
// lacks a lower one (here 0012, the message centre, as if it had landed after 0014)
// gets the missing one on the next start, and the others are not run again.
TEST_P(MigrationsTest, AMissingLowerMigrationIsAppliedAfterHigherOnes) {
  ASSERT_TRUE(migrate(db()).ok());
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.value()->execute("DROP TABLE inbox_messages").ok());
    ASSERT_TRUE(lease.value()->execute("DELETE FROM schema_version WHERE version = 12").ok());
    ASSERT_FALSE(lease.value()->query_one("SELECT count(*) AS n FROM inbox_messages").ok());
  }
  auto again = migrate(db());
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_EQ(*again, binary_schema_version());
  auto lease = db().acquire();
  auto n = lease.value()->query_one("SELECT count(*) AS n FROM inbox_messages");
  ASSERT_TRUE(n.ok()) << n.error().to_string();
  EXPECT_EQ(n->i64("n"), 0);
  auto recorded = lease.value()->query_one("SELECT count(*) AS n FROM schema_version WHERE version = 12");
  ASSERT_TRUE(recorded.ok());
  EXPECT_EQ(recorded->i64("n"), 1);
}

INSTANTIATE_TEST_SUITE_P(Both, MigrationsTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::store

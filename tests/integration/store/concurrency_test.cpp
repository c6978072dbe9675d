// Many threads on one Database: writers never fail with "busy" (BEGIN IMMEDIATE plus
// the busy timeout on SQLite), the pool serves more threads than connections, and a
// lost PostgreSQL session is replaced on the next acquire.
#include <atomic>
#include <thread>

#include <gtest/gtest.h>

#include "store/migration_set.h"
#include "support/test_databases.h"

namespace qf::store {
namespace {

class ConcurrencyTest : public qf::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto st = lease.value()->execute_script(substitute_tokens(
        "CREATE TABLE t_store_entries (id @ID@, writer @BIGINT@ NOT NULL, seq @BIGINT@ NOT NULL);"
        "CREATE TABLE t_store_totals (id @BIGINT@ PRIMARY KEY, n @BIGINT@ NOT NULL);"
        "INSERT INTO t_store_totals (id, n) VALUES (1, 0)",
        lease.value()->dialect()));
    ASSERT_TRUE(st.ok()) << st.error().to_string();
  }
};

TEST_P(ConcurrencyTest, ConcurrentWritersAllSucceed) {
  constexpr int kThreads = 8, kPerThread = 40;
  std::atomic<int> failures{0};
  std::string first_error;
  std::mutex mu;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        Status st = db().transaction([&](Connection& c) -> Status {
          QF_TRY_STATUS(c.execute("INSERT INTO t_store_entries (writer, seq) VALUES (?, ?)", {int64_t{t}, int64_t{i}}));
          QF_TRY_STATUS(c.execute("UPDATE t_store_totals SET n = n + 1 WHERE id = 1"));
          return {};
        });
        if (!st.ok()) {
          ++failures;
          std::lock_guard lock(mu);
          if (first_error.empty()) first_error = st.error().to_string();
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0) << first_error;
  auto lease = db().acquire();
  auto entries = lease.value()->query_one("SELECT count(*) AS n FROM t_store_entries");
  auto totals = lease.value()->query_one("SELECT n FROM t_store_totals WHERE id = 1");
  ASSERT_TRUE(entries.ok() && totals.ok());
  EXPECT_EQ(entries->i64("n"), kThreads * kPerThread);
  EXPECT_EQ(totals->i64("n"), kThreads * kPerThread);
}

TEST_P(ConcurrencyTest, ReadersAndAWriterShareThePool) {
  // The test database has 8 pooled connections; 16 threads share them.
  std::atomic<bool> stop{false};
  std::atomic<int> failures{0}, reads{0};
  std::thread writer([&] {
    for (int i = 0; i < 100; ++i) {
      auto lease = db().acquire();
      if (!lease.ok() || !lease.value()->execute("INSERT INTO t_store_entries (writer, seq) VALUES (0, ?)", {int64_t{i}}).ok())
        ++failures;
    }
    stop = true;
  });
  std::vector<std::thread> readers;
  for (int t = 0; t < 15; ++t) {
    readers.emplace_back([&] {
      int64_t last = 0;
      for (int i = 0; i < 30 || !stop; ++i) {
        auto lease = db().acquire();
        if (!lease.ok()) { ++failures; continue; }
        auto row = lease.value()->query_one("SELECT count(*) AS n FROM t_store_entries");
        if (!row.ok()) { ++failures; continue; }
        if (row->i64("n") < last) ++failures;  // counts never go backwards
        last = row->i64("n");
        ++reads;
      }
    });
  }
  writer.join();
  for (auto& r : readers) r.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_GE(reads.load(), 15 * 30);
}

TEST_P(ConcurrencyTest, ALostPostgresSessionIsReplacedOnTheNextAcquire) {
  if (GetParam() != qf::testing::DatabaseKind::kPostgres) GTEST_SKIP() << "PostgreSQL only";
  auto victim = db().acquire();
  ASSERT_TRUE(victim.ok());
  auto pid = victim.value()->query_one("SELECT pg_backend_pid() AS pid");
  ASSERT_TRUE(pid.ok());
  {
    auto killer = db().acquire();
    ASSERT_TRUE(killer.value()->query("SELECT pg_terminate_backend(?::integer)", {pid->i64("pid")}).ok());
  }
  Result<ResultSet> lost = Error::internal("not run");
  for (int i = 0; i < 50; ++i) {  // the termination is asynchronous
    lost = victim.value()->query("SELECT 1");
    if (!lost.ok()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_FALSE(lost.ok());
  EXPECT_EQ(lost.error().kind, ErrorKind::kUnavailable);
  victim = db().acquire();  // gives the broken one back (dropped), takes another
  for (int i = 0; i < 10; ++i) {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto row = lease.value()->query_one("SELECT 1 AS one");
    ASSERT_TRUE(row.ok()) << row.error().to_string();
  }
}

INSTANTIATE_TEST_SUITE_P(Both, ConcurrencyTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::store

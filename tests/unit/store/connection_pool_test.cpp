// The pool: bounded size under threads, rollback of abandoned transactions, dropping
// unhealthy connections, close_all/reopen.
#include "store/connection_pool.h"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

namespace qf::store {
namespace {

struct Counters {
  std::atomic<int> open{0}, created{0}, max_open_leased{0}, leased{0}, rollbacks{0};
};

class FakeConnection : public Connection {
 public:
  explicit FakeConnection(Counters& c) : c_(c) { ++c_.open; ++c_.created; }
  ~FakeConnection() override { --c_.open; }
  Dialect dialect() const override { return Dialect::kSqlite; }
  Result<ResultSet> query(std::string_view, const Params&) override { return ResultSet(); }
  Result<int64_t> execute(std::string_view, const Params&) override { return int64_t{0}; }
  Status execute_script(std::string_view) override { return {}; }
  Status begin() override { in_tx_ = true; return {}; }
  Status commit() override { in_tx_ = false; return {}; }
  Status rollback() override { in_tx_ = false; ++c_.rollbacks; return {}; }
  bool in_transaction() const override { return in_tx_; }
  bool healthy = true;

 private:
  Counters& c_;
  bool in_tx_ = false;
};

ConnectionPool make_pool(Counters& c, int size) {
  return ConnectionPool(
      size, [&c]() -> Result<std::unique_ptr<Connection>> { return std::unique_ptr<Connection>(new FakeConnection(c)); },
      [](Connection& conn) { return static_cast<FakeConnection&>(conn).healthy; }, std::chrono::seconds(20));
}

TEST(ConnectionPool, NeverLeasesMoreThanItsSizeUnderThreads) {
  Counters c;
  auto pool = make_pool(c, 3);
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        auto lease = pool.acquire();
        if (!lease.ok()) { ++failures; continue; }
        int now = ++c.leased;
        int prev = c.max_open_leased.load();
        while (now > prev && !c.max_open_leased.compare_exchange_weak(prev, now)) {}
        std::this_thread::yield();
        --c.leased;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_LE(c.max_open_leased.load(), 3);
  EXPECT_LE(c.created.load(), 3);
}

TEST(ConnectionPool, RollsBackATransactionLeftOpenAndDropsUnhealthyConnections) {
  Counters c;
  auto pool = make_pool(c, 2);
  {
    auto lease = pool.acquire();
    ASSERT_TRUE(lease.ok());
    ASSERT_TRUE(lease->get().begin().ok());
  }
  EXPECT_EQ(c.rollbacks.load(), 1);
  {
    auto lease = pool.acquire();
    ASSERT_TRUE(lease.ok());
    EXPECT_FALSE(lease->get().in_transaction());
    static_cast<FakeConnection&>(lease->get()).healthy = false;
  }
  EXPECT_EQ(c.open.load(), 0);  // the unhealthy one was closed
  auto again = pool.acquire();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(c.created.load(), 2);
}

TEST(ConnectionPool, CloseAllWaitsForLeasesAndClosesEverything) {
  Counters c;
  auto pool = make_pool(c, 2);
  auto lease = std::make_unique<ConnectionLease>(std::move(pool.acquire().value()));
  std::thread returner([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    lease.reset();
  });
  ASSERT_TRUE(pool.close_all(std::chrono::seconds(20)).ok());
  returner.join();
  EXPECT_EQ(c.open.load(), 0);
  pool.reopen();
  EXPECT_TRUE(pool.acquire().ok());
}

TEST(ConnectionPool, CloseAllGivesUpWhenALeaseIsHeld) {
  Counters c;
  auto pool = make_pool(c, 1);
  auto lease = pool.acquire();
  ASSERT_TRUE(lease.ok());
  auto st = pool.close_all(std::chrono::milliseconds(10));
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "db.in_use");
}

}  // namespace
}  // namespace qf::store

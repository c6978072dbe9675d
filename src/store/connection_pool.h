#pragma once
// ConnectionPool: keeps up to max_size connections of one adapter open and leases them
// out one thread at a time (ConnectionLease gives them back). Connections are created
// lazily by the adapter's factory. A connection that comes back inside an open
// transaction is rolled back; one the adapter reports unhealthy (e.g. a lost
// PostgreSQL session) is dropped, so the next acquire() opens a fresh one.
// close_all()/reopen() let backup restore swap the database underneath: close_all
// waits for every lease to come back and closes everything; acquire() waits meanwhile.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/database.h"

namespace qf::store {

class ConnectionPool {
 public:
  using Factory = std::function<Result<std::unique_ptr<Connection>>()>;
  using HealthCheck = std::function<bool(Connection&)>;

  ConnectionPool(int max_size, Factory factory, HealthCheck healthy,
                 std::chrono::milliseconds acquire_wait = std::chrono::seconds(30));
  ~ConnectionPool();

  Result<ConnectionLease> acquire();
  // Waits (up to `wait`) until no connection is leased, then closes every connection.
  // acquire() blocks until reopen(). kUnavailable when leases did not come back in time.
  Status close_all(std::chrono::milliseconds wait);
  void reopen();

 private:
  struct State {
    std::mutex mu;
    std::condition_variable cv;
    std::vector<std::unique_ptr<Connection>> idle;
    int leased = 0;
    bool closed = false;
  };
  static void give_back(const std::shared_ptr<State>& state, const HealthCheck& healthy,
                        std::unique_ptr<Connection> conn);

  int max_size_;
  Factory factory_;
  HealthCheck healthy_;
  std::chrono::milliseconds acquire_wait_;
  std::shared_ptr<State> state_;
};

}  // namespace qf::store

#include "store/connection_pool.h"

namespace qf::store {

ConnectionPool::ConnectionPool(int max_size, Factory factory, HealthCheck healthy,
                               std::chrono::milliseconds acquire_wait)
    : max_size_(max_size < 1 ? 1 : max_size),
      factory_(std::move(factory)),
      healthy_(std::move(healthy)),
      acquire_wait_(acquire_wait),
      state_(std::make_shared<State>()) {}

ConnectionPool::~ConnectionPool() {
  std::lock_guard lock(state_->mu);
  state_->idle.clear();
}

Result<ConnectionLease> ConnectionPool::acquire() {
  std::unique_lock lock(state_->mu);
  auto& s = *state_;
  bool ready = s.cv.wait_for(lock, acquire_wait_, [&] {
    return !s.closed && (!s.idle.empty() || s.leased + static_cast<int>(s.idle.size()) < max_size_);
  });
  if (!ready) {
    return Error::make(ErrorKind::kUnavailable, "db.pool_exhausted",
                       "数据库繁忙，暂时没有可用连接，请稍后重试",
                       "The database is busy (no free connection); please try again shortly");
  }
  std::unique_ptr<Connection> conn;
  if (!s.idle.empty()) {
    conn = std::move(s.idle.back());
    s.idle.pop_back();
    ++s.leased;
  } else {
    ++s.leased;  // reserve the slot, then connect without holding the lock
    lock.unlock();
    auto made = factory_();
    if (!made.ok()) {
      std::lock_guard relock(s.mu);
      --s.leased;
      s.cv.notify_all();
      return made.take_error();
    }
    conn = std::move(made).value();
  }
  auto state = state_;
  auto healthy = healthy_;
  return ConnectionLease(std::move(conn), [state, healthy](std::unique_ptr<Connection> c) {
    give_back(state, healthy, std::move(c));
  });
}

void ConnectionPool::give_back(const std::shared_ptr<State>& state, const HealthCheck& healthy,
                               std::unique_ptr<Connection> conn) {
  if (conn && conn->in_transaction()) (void)conn->rollback();
  bool keep = conn && (!healthy || healthy(*conn));
  std::unique_ptr<Connection> drop;
  {
    std::lock_guard lock(state->mu);
    --state->leased;
    if (keep && !state->closed) state->idle.push_back(std::move(conn));
    else drop = std::move(conn);
    state->cv.notify_all();
  }
  // `drop` (and a connection given back while closed) is closed here, outside the lock.
}

Status ConnectionPool::close_all(std::chrono::milliseconds wait) {
  std::vector<std::unique_ptr<Connection>> closing;
  {
    std::unique_lock lock(state_->mu);
    auto& s = *state_;
    s.closed = true;
    if (!s.cv.wait_for(lock, wait, [&] { return s.leased == 0; })) {
      s.closed = false;
      s.cv.notify_all();
      return Error::make(ErrorKind::kUnavailable, "db.in_use",
                         "数据库仍在使用中，无法恢复备份，请先停止服务后重试",
                         "The database is still in use; stop the service and retry the restore");
    }
    closing.swap(s.idle);
  }
  closing.clear();
  return {};
}

void ConnectionPool::reopen() {
  std::lock_guard lock(state_->mu);
  state_->closed = false;
  state_->cv.notify_all();
}

}  // namespace qf::store

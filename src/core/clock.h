#pragma once
// Clock: the single source of "now" for the domain. Production uses the system clock;
// the server accepts an injected clock only in test mode (config server.test_mode), so
// tests can move time (idle timeout, lockout expiry, overdue deadlines).
#include <atomic>
#include <chrono>
#include <cstdint>

namespace qf {

class Clock {
 public:
  virtual ~Clock() = default;
  // Milliseconds since the Unix epoch, UTC.
  virtual int64_t now_ms() const = 0;
  int64_t now_s() const { return now_ms() / 1000; }
};

class SystemClock final : public Clock {
 public:
  int64_t now_ms() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch()).count();
  }
};

// A clock that follows the system clock plus an adjustable offset (test mode only).
class OffsetClock final : public Clock {
 public:
  int64_t now_ms() const override { return base_.now_ms() + offset_ms_.load(); }
  void advance_ms(int64_t delta) { offset_ms_ += delta; }
  void set_offset_ms(int64_t off) { offset_ms_ = off; }
  int64_t offset_ms() const { return offset_ms_.load(); }

 private:
  SystemClock base_;
  std::atomic<int64_t> offset_ms_{0};
};

}  // namespace qf

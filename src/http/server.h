#pragma once
// HTTP/1.1 server on Boost.Asio/Beast: keep-alive, request size and time limits,
// graceful shutdown (stop accepting, finish in-flight requests, then return).
// Handlers run on a worker pool, never on the I/O threads, because they block on the
// database. One Server per listener (the staff app and, later, the public report
// intake each get their own).
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "http/router.h"

namespace qf::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  uint16_t port = 8080;               // 0 = pick a free port (tests); see bound_port()
  int io_threads = 1;
  int worker_threads = 8;
  size_t max_body_bytes = 32 * 1024 * 1024;
  size_t max_header_bytes = 16 * 1024;
  int read_timeout_ms = 30000;        // whole request must arrive within this
  int keep_alive_timeout_ms = 60000;
  int shutdown_grace_ms = 15000;      // in-flight requests get this long on SIGTERM
  std::string tls_cert_file;          // both set → TLS
  std::string tls_key_file;
  // X-Forwarded-For is believed only when the peer is one of these addresses.
  std::vector<std::string> trusted_proxies;
  // Added to every response that lacks them, including the server's own 408/413/400
  // answers that never reach the handler (security headers).
  std::vector<std::pair<std::string, std::string>> default_headers;
  // One JSON line per request on the spdlog logger "access" (default logger when absent).
  bool access_log = true;
};

class Server {
 public:
  Server(ServerOptions options, Handler handler);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens; returns an error naming the address when it cannot.
  Status start();
  uint16_t bound_port() const;
  // Blocks until stop() (or SIGTERM/SIGINT when install_signal_handlers() was called).
  void wait();
  // Begins a graceful shutdown; safe from any thread.
  void stop();
  // SIGTERM / SIGINT trigger stop().
  void install_signal_handlers();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qf::http

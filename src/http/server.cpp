// Server on Boost.Asio/Beast (the only file that includes Beast).
//
// Threads: `io_threads` run the io_context (accept, read, write, timers); handlers run
// on a separate pool of `worker_threads` because they block on the database. Each
// connection is a Session on its own strand and handles one request at a time
// (HTTP/1.1 keep-alive, no pipelining concurrency).
//
// Timeouts: a kept-alive connection may stay idle `keep_alive_timeout_ms` waiting for
// the first byte of its next request; from that byte the whole request must arrive
// within `read_timeout_ms`, otherwise it is answered 408 and closed.
//
// Shutdown: stop() closes the listener, closes idle connections at once, lets every
// request already being read or handled finish (answered with Connection: close) and
// returns from wait() when none is left, or after `shutdown_grace_ms` at the latest.
#include "http/server.h"

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <unordered_map>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace qf::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;

namespace {

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      out += fmt::format("\\u{:04x}", c);
    } else {
      out += ch;
    }
  }
  return out;
}

std::string client_from_forwarded(const std::string& peer, const std::string& xff,
                                  const std::vector<std::string>& trusted) {
  auto is_trusted = [&](std::string_view a) {
    for (const auto& t : trusted)
      if (t == a) return true;
    return false;
  };
  if (xff.empty() || !is_trusted(peer)) return peer;
  // Walk from the right: the first address that is not one of our proxies is the client.
  std::string_view rest = xff;
  while (!rest.empty()) {
    size_t comma = rest.rfind(',');
    std::string_view part = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part.empty()) continue;
    if (!is_trusted(part)) return std::string(part);
  }
  return peer;
}

class RequestIds {
 public:
  RequestIds() {
    std::random_device rd;
    prefix_ = (static_cast<uint64_t>(rd()) << 32 | rd()) & 0xffffffffffULL;
  }
  std::string next() { return fmt::format("{:010x}{:06x}", prefix_, counter_.fetch_add(1) & 0xffffff); }

 private:
  uint64_t prefix_ = 0;
  std::atomic<uint64_t> counter_{1};
};

}  // namespace

class SessionBase {
 public:
  virtual ~SessionBase() = default;
  virtual void on_server_stop() = 0;
};

struct ServerCore {
  ServerOptions opt;
  Handler handler;
  std::shared_ptr<spdlog::logger> access_logger;
  RequestIds ids;

  // Declared before the io_context so they outlive the handlers it destroys.
  std::mutex sessions_mu;
  std::unordered_map<SessionBase*, std::weak_ptr<SessionBase>> sessions;
  std::atomic<bool> stopping{false};
  std::atomic<bool> destroying{false};
  std::atomic<bool> finished{false};
  std::mutex done_mu;
  std::condition_variable done_cv;
  bool running = false;

  net::io_context ioc;
  std::optional<net::ssl::context> ssl;
  tcp::acceptor acceptor{ioc};
  net::signal_set signals{ioc};
  net::steady_timer grace_timer{ioc};
  std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
  std::unique_ptr<net::thread_pool> workers;
  std::vector<std::thread> io_threads;
  uint16_t port = 0;

  ServerCore(ServerOptions o, Handler h) : opt(std::move(o)), handler(std::move(h)) {}
  ~ServerCore();

  void do_accept();
  void begin_shutdown();
  void finish();
  void session_opened(SessionBase* s, std::weak_ptr<SessionBase> w) {
    std::lock_guard lk(sessions_mu);
    sessions.emplace(s, std::move(w));
  }
  void session_closed(SessionBase* s) {
    bool last = false;
    {
      std::lock_guard lk(sessions_mu);
      sessions.erase(s);
      last = sessions.empty();
    }
    if (last && stopping && !destroying) net::post(ioc, [this] { finish(); });
  }
  void log_access(const Request& req, int status, size_t bytes, double ms) {
    if (!opt.access_log || !access_logger) return;
    // Never the query string, body or cookies: they can hold secrets.
    access_logger->info(
        "{{\"type\":\"access\",\"request_id\":\"{}\",\"method\":\"{}\",\"path\":\"{}\",\"status\":{},"
        "\"ms\":{:.3f},\"bytes\":{},\"client\":\"{}\"}}",
        req.request_id, json_escape(req.method), json_escape(req.path), status, ms, bytes,
        json_escape(req.client_addr));
  }
};

template <class Stream>
class Session : public SessionBase, public std::enable_shared_from_this<Session<Stream>> {
 public:
  Session(ServerCore& server, Stream stream, std::string peer)
      : server_(server), stream_(std::move(stream)), timer_(stream_.get_executor()), peer_(std::move(peer)) {}
  ~Session() override { server_.session_closed(this); }

  void run() {
    server_.session_opened(this, this->weak_from_this());
    if (server_.stopping) return close();
    if constexpr (kTls) {
      arm(server_.opt.read_timeout_ms);
      stream_.async_handshake(net::ssl::stream_base::server,
                              [self = this->shared_from_this()](beast::error_code ec) {
                                self->timer_.cancel();
                                if (ec) return self->close();
                                self->wait_first_byte();
                              });
    } else {
      net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] { self->wait_first_byte(); });
    }
  }

  void on_server_stop() override {
    net::post(stream_.get_executor(), [self = this->shared_from_this()] {
      self->stop_requested_ = true;
      if (self->phase_ == Phase::kIdle) self->cancel_io();
    });
  }

 private:
  static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;
  enum class Phase { kIdle, kReading, kHandling, kWriting, kClosed };

  tcp::socket& socket() { return beast::get_lowest_layer(stream_).socket(); }

  void arm(int ms) {
    timed_out_ = false;
    uint64_t gen = ++timer_gen_;
    timer_.expires_after(std::chrono::milliseconds(ms));
    timer_.async_wait([self = this->shared_from_this(), gen](beast::error_code ec) {
      if (ec || gen != self->timer_gen_) return;
      self->timed_out_ = true;
      self->cancel_io();
    });
  }
  void disarm() {
    ++timer_gen_;
    timer_.cancel();
  }
  void cancel_io() {
    beast::error_code ec;
    socket().cancel(ec);
  }

  void wait_first_byte() {
    phase_ = Phase::kIdle;
    if (stop_requested_) return close();
    if (buffer_.size() > 0) return start_read();
    arm(first_request_ ? server_.opt.read_timeout_ms : server_.opt.keep_alive_timeout_ms);
    stream_.async_read_some(buffer_.prepare(4096),
                            [self = this->shared_from_this()](beast::error_code ec, size_t n) {
                              self->disarm();
                              if (ec || n == 0) return self->close();
                              self->buffer_.commit(n);
                              self->start_read();
                            });
  }

  void start_read() {
    phase_ = Phase::kReading;
    first_request_ = false;
    started_ = std::chrono::steady_clock::now();
    parser_.emplace();
    parser_->body_limit(server_.opt.max_body_bytes);
    parser_->header_limit(static_cast<std::uint32_t>(server_.opt.max_header_bytes));
    arm(server_.opt.read_timeout_ms);
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = this->shared_from_this()](beast::error_code ec, size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    disarm();
    auto probe_request = [&] {
      Request probe;
      probe.request_id = server_.ids.next();
      probe.client_addr = peer_;
      return probe;
    };
    if (timed_out_) {
      Request probe = probe_request();
      return reply_error(probe, error_envelope(408, "request.timeout", "请求在规定时间内未完整到达",
                                               "The request did not arrive in time"));
    }
    if (ec == bhttp::error::body_limit || ec == bhttp::error::header_limit) {
      Request probe = probe_request();
      bool header = ec == bhttp::error::header_limit;
      return reply_error(
          probe, error_envelope(413, "request.too_large",
                                header ? "请求头过大" : fmt::format("请求内容过大（上限 {} 字节）", server_.opt.max_body_bytes),
                                header ? "Request headers too large"
                                       : fmt::format("Request body too large (limit {} bytes)", server_.opt.max_body_bytes),
                                header ? "headers" : "body"));
    }
    if (ec == bhttp::error::end_of_stream || ec == net::error::eof || ec == net::error::operation_aborted ||
        ec == net::error::connection_reset) {
      return close();
    }
    if (ec) {
      Request probe = probe_request();
      return reply_error(probe, error_envelope(400, "request.malformed", "请求格式错误", "Malformed HTTP request"));
    }
    handle();
  }

  void handle() {
    phase_ = Phase::kHandling;
    auto msg = parser_->release();
    parser_.reset();
    keep_alive_ = msg.keep_alive();
    version_ = msg.version();
    auto req = std::make_shared<Request>();
    req->method = std::string(msg.method_string());
    req->target = std::string(msg.target());
    split_target(*req);
    for (const auto& field : msg) {
      std::string name(field.name_string());
      auto [it, inserted] = req->headers.emplace(name, std::string(field.value()));
      if (!inserted) {  // repeated header: comma-join (cookies with "; ")
        it->second += (bhttp::field::cookie == field.name() ? "; " : ", ");
        it->second += std::string(field.value());
      }
    }
    req->body = std::move(msg.body());
    req->secure = kTls;
    req->client_addr = server_.opt.trusted_proxies.empty()
                           ? peer_
                           : client_from_forwarded(peer_, req->header("X-Forwarded-For"), server_.opt.trusted_proxies);
    req->request_id = server_.ids.next();
    net::post(*server_.workers, [self = this->shared_from_this(), req]() mutable {
      Response res;
      try {
        res = self->server_.handler(*req);
      } catch (const std::exception& e) {
        spdlog::error("request {} {} {} failed: {}", req->request_id, req->method, req->path, e.what());
        res = error_envelope(500, "internal", "服务器内部错误", "Internal server error");
      } catch (...) {
        spdlog::error("request {} {} {} failed with an unknown exception", req->request_id, req->method, req->path);
        res = error_envelope(500, "internal", "服务器内部错误", "Internal server error");
      }
      net::post(self->stream_.get_executor(),
                [self, req = std::move(req), res = std::move(res)]() mutable { self->write(std::move(req), std::move(res)); });
    });
  }

  void reply_error(Request& probe, Response res) {
    // The request was not (completely) read: answer and close the connection.
    keep_alive_ = false;
    probe.method = parser_ && parser_->is_header_done() ? std::string(parser_->get().method_string()) : "-";
    probe.path = parser_ && parser_->is_header_done() ? std::string(parser_->get().target()) : "-";
    if (auto q = probe.path.find('?'); q != std::string::npos) probe.path.resize(q);
    parser_.reset();
    write(std::make_shared<Request>(std::move(probe)), std::move(res));
  }

  void write(std::shared_ptr<Request> req, Response res) {
    phase_ = Phase::kWriting;
    bool keep = keep_alive_ && !stop_requested_ && !server_.stopping;
    auto& out = response_.emplace();
    out.version(version_);
    out.result(static_cast<unsigned>(res.status));
    for (auto& [k, v] : res.headers) out.insert(k, v);
    for (const auto& [k, v] : server_.opt.default_headers)
      if (out.find(k) == out.end()) out.insert(k, v);
    out.set("X-Request-Id", req->request_id);
    out.body() = std::move(res.body);
    out.keep_alive(keep);
    out.prepare_payload();
    if (req->method == "HEAD") out.body().clear();
    size_t bytes = res.status == 204 ? 0 : out.body().size();
    arm(server_.opt.keep_alive_timeout_ms);  // a client that never reads cannot hold us forever
    bhttp::async_write(stream_, out,
                       [self = this->shared_from_this(), req = std::move(req), keep, bytes,
                        status = res.status](beast::error_code ec, size_t) {
                         self->disarm();
                         double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                                               self->started_)
                                         .count();
                         self->server_.log_access(*req, status, bytes, ms);
                         self->response_.reset();
                         if (ec || !keep) return self->close();
                         self->wait_first_byte();
                       });
  }

  void close() {
    phase_ = Phase::kClosed;
    disarm();
    beast::error_code ec;
    socket().shutdown(tcp::socket::shutdown_send, ec);
    socket().close(ec);
  }

  ServerCore& server_;
  Stream stream_;
  net::steady_timer timer_;
  std::string peer_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::optional<bhttp::response<bhttp::string_body>> response_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  Phase phase_ = Phase::kIdle;
  uint64_t timer_gen_ = 0;
  bool timed_out_ = false;
  bool keep_alive_ = true;
  bool first_request_ = true;
  bool stop_requested_ = false;
  unsigned version_ = 11;
};

ServerCore::~ServerCore() {
  destroying = true;
  if (!finished) {
    begin_shutdown();
    ioc.stop();
  }
  for (auto& t : io_threads)
    if (t.joinable()) t.join();
  if (workers) workers->join();
  workers.reset();
}

void ServerCore::do_accept() {
  acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (stopping || !acceptor.is_open()) return;
    if (!ec) {
      beast::error_code ignored;
      socket.set_option(tcp::no_delay(true), ignored);
      auto ep = socket.remote_endpoint(ignored);
      std::string peer = ignored ? std::string("-") : ep.address().to_string();
      if (ssl) {
        std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(
            *this, beast::ssl_stream<beast::tcp_stream>(beast::tcp_stream(std::move(socket)), *ssl), std::move(peer))
            ->run();
      } else {
        std::make_shared<Session<beast::tcp_stream>>(*this, beast::tcp_stream(std::move(socket)), std::move(peer))
            ->run();
      }
    } else if (ec == net::error::no_descriptors) {
      spdlog::warn("accept: {}", ec.message());
    }
    do_accept();
  });
}

void ServerCore::begin_shutdown() {
  if (stopping.exchange(true)) return;
  beast::error_code ec;
  acceptor.close(ec);
  signals.cancel(ec);
  std::vector<std::shared_ptr<SessionBase>> live;
  {
    std::lock_guard lk(sessions_mu);
    for (auto& [_, w] : sessions)
      if (auto s = w.lock()) live.push_back(std::move(s));
  }
  for (auto& s : live) s->on_server_stop();
  live.clear();  // the last reference may go here; session_closed() then posts finish()
  grace_timer.expires_after(std::chrono::milliseconds(opt.shutdown_grace_ms));
  grace_timer.async_wait([this](beast::error_code e) {
    if (e) return;
    spdlog::warn("shutdown grace period of {} ms elapsed with requests still running; closing them",
                 opt.shutdown_grace_ms);
    finished = true;
    ioc.stop();
  });
  bool empty;
  {
    std::lock_guard lk(sessions_mu);
    empty = sessions.empty();
  }
  if (empty) finish();
}

void ServerCore::finish() {
  if (finished.exchange(true)) return;
  beast::error_code ec;
  grace_timer.cancel();
  work.reset();  // io threads return once the last handler has run
}

struct Server::Impl : ServerCore {
  using ServerCore::ServerCore;
};

Server::Server(ServerOptions options, Handler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}

Server::~Server() {
  if (impl_) {
    stop();
    wait();
  }
}

Status Server::start() {
  auto& o = impl_->opt;
  auto bad = [&](const std::string& what_zh, const std::string& what_en, const std::string& detail) {
    return Error::make(ErrorKind::kUnavailable, "server.listen",
                       fmt::format("无法在 {}:{} 上监听：{}（{}）", o.address, o.port, what_zh, detail),
                       fmt::format("Cannot listen on {}:{}: {} ({})", o.address, o.port, what_en, detail),
                       "server.address");
  };
  impl_->access_logger = spdlog::get("access");
  if (!impl_->access_logger) impl_->access_logger = spdlog::default_logger();

  if (!o.tls_cert_file.empty() || !o.tls_key_file.empty()) {
    try {
      impl_->ssl.emplace(net::ssl::context::tls_server);
      impl_->ssl->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                              net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                              net::ssl::context::no_tlsv1_1 | net::ssl::context::single_dh_use);
      impl_->ssl->use_certificate_chain_file(o.tls_cert_file);
      impl_->ssl->use_private_key_file(o.tls_key_file, net::ssl::context::pem);
    } catch (const std::exception& e) {
      impl_->ssl.reset();
      return Error::make(ErrorKind::kInvalid, "server.tls",
                         fmt::format("无法加载 TLS 证书或私钥（{}、{}）：{}", o.tls_cert_file, o.tls_key_file, e.what()),
                         fmt::format("Cannot load the TLS certificate or key ({}, {}): {}", o.tls_cert_file,
                                     o.tls_key_file, e.what()),
                         "server.tls_cert_file");
    }
  }

  beast::error_code ec;
  auto addr = net::ip::make_address(o.address, ec);
  if (ec) return bad("地址无效", "invalid address", ec.message());
  tcp::endpoint ep(addr, o.port);
  impl_->acceptor.open(ep.protocol(), ec);
  if (ec) return bad("无法打开套接字", "cannot open socket", ec.message());
  impl_->acceptor.set_option(net::socket_base::reuse_address(true), ec);
  impl_->acceptor.bind(ep, ec);
  if (ec) return bad("端口被占用或无权限", "address in use or not permitted", ec.message());
  impl_->acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return bad("无法监听", "listen failed", ec.message());
  impl_->port = impl_->acceptor.local_endpoint().port();

  impl_->work.emplace(impl_->ioc.get_executor());
  impl_->workers = std::make_unique<net::thread_pool>(std::max(1, o.worker_threads));
  impl_->do_accept();
  {
    std::lock_guard lk(impl_->done_mu);
    impl_->running = true;
  }
  for (int i = 0; i < std::max(1, o.io_threads); ++i) {
    impl_->io_threads.emplace_back([this] {
      for (;;) {
        try {
          impl_->ioc.run();
          break;
        } catch (const std::exception& e) {
          spdlog::error("I/O thread: {}", e.what());
        }
      }
    });
  }
  return {};
}

uint16_t Server::bound_port() const { return impl_->port; }

void Server::wait() {
  for (auto& t : impl_->io_threads)
    if (t.joinable()) t.join();
  impl_->io_threads.clear();
  // Requests abandoned after the grace period may still be running; let them end.
  if (impl_->workers) impl_->workers->join();
}

void Server::stop() {
  if (impl_->io_threads.empty()) {
    impl_->stopping = true;
    impl_->finished = true;
    return;
  }
  net::post(impl_->ioc, [impl = impl_.get()] { impl->begin_shutdown(); });
}

void Server::install_signal_handlers() {
  impl_->signals.add(SIGINT);
  impl_->signals.add(SIGTERM);
  impl_->signals.async_wait([impl = impl_.get()](beast::error_code ec, int sig) {
    if (ec) return;
    spdlog::info("signal {} received: finishing in-flight requests, then stopping", sig);
    impl->begin_shutdown();
  });
}

}  // namespace qf::http

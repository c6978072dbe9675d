// `qingfeng serve`: loads the configuration (file < QF_* environment < flags), sets up
// logging, opens and migrates the database (refusing a schema newer than this binary),
// and serves the staff application until SIGTERM/SIGINT, letting in-flight requests
// finish (server.shutdown_grace_ms). Prints the URL; --port-file receives the bound
// port (tests pass --port 0).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "api/api.h"
#include "api/framework_internal.h"
#include "api/public_api.h"
#include "domain/reports/report_config.h"
#include "cli/command.h"
#include "core/config.h"
#include "core/clock.h"
#include "domain/audit/audit_key.h"
#include "domain/audit/audit_log.h"
#include "domain/auth/totp_seal.h"
#include "domain/clues/clue_attachment_seal.h"
#include "domain/talks/talk_seal.h"
#include "http/server.h"
#include "store/database.h"
#include "store/database_url.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;

// %* in a pattern: the whole line as one JSON object. Access lines (logger "access")
// already are JSON objects written by the server; other messages are wrapped with
// their time and level.
class JsonLine final : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
    if (msg.logger_name == "access") {
      dest.append(msg.payload.begin(), msg.payload.end());
      return;
    }
    std::time_t secs = std::chrono::system_clock::to_time_t(msg.time);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count() % 1000;
    char head[96];
    int n = std::snprintf(head, sizeof head, "{\"ts\":\"%04d-%02d-%02dT%02d:%02d:%02d.%03dZ\",\"level\":\"",
                          tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                          static_cast<int>(ms));
    dest.append(head, head + n);
    auto level = spdlog::level::to_string_view(msg.level);
    dest.append(level.begin(), level.end());
    static constexpr std::string_view kMsg = "\",\"msg\":\"";
    dest.append(kMsg.begin(), kMsg.end());
    for (char ch : msg.payload) {
      unsigned char c = static_cast<unsigned char>(ch);
      if (c == '"' || c == '\\') {
        dest.push_back('\\');
        dest.push_back(ch);
      } else if (c < 0x20) {
        char buf[8];
        int k = std::snprintf(buf, sizeof buf, "\\u%04x", c);
        dest.append(buf, buf + k);
      } else {
        dest.push_back(ch);
      }
    }
    dest.push_back('"');
    dest.push_back('}');
  }
  std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<JsonLine>(); }
};

void configure_logging(const qf::LogConfig& log) {
  spdlog::sink_ptr sink;
  if (log.file.empty()) {
    sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
  } else {
    try {
      sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(log.file);
    } catch (const std::exception& e) {
      fail(qf::Error::make(qf::ErrorKind::kInvalid, "log.file", "无法打开日志文件 " + log.file + "：" + e.what(),
                           "Cannot open the log file " + log.file + ": " + e.what(), "log.file"));
    }
  }
  if (log.json) {
    auto f = std::make_unique<spdlog::pattern_formatter>(spdlog::pattern_time_type::utc);
    f->add_flag<JsonLine>('*').set_pattern("%*");
    sink->set_formatter(std::move(f));
  } else {
    sink->set_pattern("%Y-%m-%d %H:%M:%S.%e %l %v");
  }
  // Both loggers share the sink, so lines never interleave mid-line.
  auto app_logger = std::make_shared<spdlog::logger>("qingfeng", sink);
  auto access_logger = std::make_shared<spdlog::logger>("access", sink);
  app_logger->set_level(spdlog::level::from_str(log.level));
  access_logger->set_level(log.level == "off" ? spdlog::level::off : spdlog::level::info);
  app_logger->flush_on(spdlog::level::warn);
  spdlog::drop("access");
  spdlog::register_logger(access_logger);
  spdlog::set_default_logger(app_logger);
}

struct ServeFlags {
  std::string address;
  int port = -1;
  std::string port_file;
  std::string web_root;
  bool test_mode = false;
  int public_port = -1;          // overrides public.port; with --port 0 it defaults to 0 too
  std::string public_port_file;  // receives the public listener's bound port
};

// Writes a port number to `path` through a temporary name, so a reader never sees half a number.
bool write_port_file(const std::string& path, uint16_t port) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp);
    out << port << "\n";
    if (!out) return false;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  return !ec;
}

void serve(const ServeFlags& flags) {
  auto& g = qf::cli::global_options();
  auto loaded = qf::Config::load(g.config_path);
  if (!loaded.ok()) fail(loaded.error());
  qf::Config config = std::move(loaded).value();
  auto apply = [&](const char* key, const std::string& value) {
    if (auto st = config.set(key, value); !st.ok()) fail(st.error());
  };
  if (!flags.address.empty()) apply("server.address", flags.address);
  if (flags.port >= 0) apply("server.port", std::to_string(flags.port));
  if (!flags.web_root.empty()) apply("server.web_root", flags.web_root);
  if (flags.test_mode) apply("server.test_mode", "true");
  if (!g.database.empty()) apply("database.url", g.database);

  configure_logging(config.log);
  if (auto st = qf::audit::set_hash_algorithm(config.audit.hash); !st.ok()) fail(st.error());

  auto options = qf::store::database_options(config.database);
  auto db = qf::store::Database::open(options);
  if (!db.ok()) fail(db.error());
  auto version = qf::store::migrate(*db.value());
  if (!version.ok()) fail(version.error());

  // The server secret key (sealing TOTP secrets at rest): created when absent, refused
  // when unreadable, of the wrong size or open to group/others; then any clear-text
  // secret left by an older release is sealed (domain/auth/totp_seal.h).
  auto server_key = qf::auth::ensure_server_key(config.security.secret_key_file);
  if (!server_key.ok()) fail(server_key.error());
  if (server_key->created)
    spdlog::warn("已创建服务器密钥文件 {}（权限 0600）；它不在备份中，请与备份分开妥善保存，多台服务器须使用同一文件 / "
                 "created the server secret key file {} (mode 0600); it is not in the backups: keep a copy with them, "
                 "and give every server on this database the same file",
                 server_key->key.path, server_key->key.path);
  else
    spdlog::info("server secret key file {}", server_key->key.path);
  // The audit chain is keyed with a subkey of the same file (domain/audit/audit_key.h).
  qf::audit::set_chain_key(qf::audit::derive_chain_key(server_key->key));
  {
    auto lease = db.value()->acquire();
    if (!lease.ok()) fail(lease.error());
    auto keyed = qf::audit::start_keying(lease->get(), qf::SystemClock().now_ms(), "server");
    if (!keyed.ok()) fail(keyed.error());
    if (*keyed) spdlog::info("审计日志自此以服务器密钥保护 / the audit log is keyed with the server key from now on");
  }
  auto sealing = qf::auth::seal_clear_totp_secrets(*db.value(), server_key->key);
  if (!sealing.ok()) fail(sealing.error());
  if (sealing->sealed_now > 0)
    spdlog::info("已加密 {} 个旧版本留下的明文动态口令密钥 / sealed {} clear-text TOTP secrets left by an older release",
                 sealing->sealed_now, sealing->sealed_now);
  if (sealing->unopenable > 0) spdlog::error("{}", qf::auth::unopenable_totp_warning(*sealing, server_key->key));
  auto talks = qf::talks::seal_clear_talks(*db.value(), server_key->key);
  if (!talks.ok()) fail(talks.error());
  if (*talks > 0)
    spdlog::info("已加密 {} 条旧版本留下的明文谈话记录 / sealed {} clear-text talk records left by an older release", *talks,
                 *talks);
  auto documents = qf::clues::seal_clear_clue_attachments(*db.value(), server_key->key);
  if (!documents.ok()) fail(documents.error());
  if (*documents > 0)
    spdlog::info("已加密 {} 个旧版本留下的明文线索附件 / sealed {} clear-text clue documents left by an older release",
                 *documents, *documents);

  qf::api::AppContext app;
  app.config = config;
  app.db = std::move(db).value();
  spdlog::info("database {} at schema version {}", app.db->display_url(), *version);
  if (config.server.test_mode)
    spdlog::warn("test mode is on: the clock can be moved through /api/v1/test/clock; never use it in production");

  qf::http::Handler handler = qf::api::build_app(app);

  const auto& s = config.server;
  qf::http::ServerOptions o;
  o.address = s.address;
  o.port = static_cast<uint16_t>(s.port);
  o.io_threads = s.io_threads;
  o.worker_threads = s.resolved_worker_threads(std::thread::hardware_concurrency(),
                                               app.db->dialect() == qf::store::Dialect::kPostgres,
                                               config.database.pool_size);
  spdlog::info("{} worker threads{}", o.worker_threads, s.worker_threads == 0 ? " (auto)" : "");
  o.max_body_bytes = static_cast<size_t>(s.max_body_bytes);
  o.max_header_bytes = static_cast<size_t>(s.max_header_bytes);
  o.read_timeout_ms = s.read_timeout_ms;
  o.keep_alive_timeout_ms = s.keep_alive_timeout_ms;
  o.shutdown_grace_ms = s.shutdown_grace_ms;
  o.tls_cert_file = s.tls_cert_file;
  o.tls_key_file = s.tls_key_file;
  o.trusted_proxies = s.trusted_proxies;
  o.access_log = s.access_log;
  const bool tls = !s.tls_cert_file.empty();
  // The server's own answers (408, 413, malformed) carry the same security headers.
  o.default_headers = {{"Content-Security-Policy", qf::api::framework::kContentSecurityPolicy},
                       {"X-Frame-Options", "DENY"},
                       {"X-Content-Type-Options", "nosniff"},
                       {"Referrer-Policy", "no-referrer"},
                       {"Cache-Control", "no-store"}};
  if (tls) o.default_headers.emplace_back("Strict-Transport-Security", "max-age=31536000; includeSubDomains");

  // The public report intake (信访举报) listener: its own router, no staff routes, no
  // cookies; its access lines carry no client address (docs/modules/reports-api.md).
  auto public_cfg = qf::reports::PublicListenerConfig::load(config);
  if (!public_cfg.ok()) fail(public_cfg.error());
  auto reports_cfg = qf::reports::ReportsConfig::load(config);
  if (!reports_cfg.ok()) fail(reports_cfg.error());
  std::unique_ptr<qf::http::Server> public_server;
  if (public_cfg->enabled) {
    const auto& pc = *public_cfg;
    qf::http::ServerOptions po = o;
    po.address = pc.address;
    po.port = static_cast<uint16_t>(flags.public_port >= 0 ? flags.public_port : (flags.port == 0 ? 0 : pc.port));
    po.max_body_bytes = static_cast<size_t>(pc.max_body_bytes);
    po.tls_cert_file = pc.tls_cert_file;
    po.tls_key_file = pc.tls_key_file;
    po.trusted_proxies = pc.trusted_proxies;
    po.access_log = false;  // the public app writes its own lines without the address
    public_server = std::make_unique<qf::http::Server>(po, qf::api::build_public_app(app, *reports_cfg, pc));
  }

  qf::http::Server server(o, handler);
  if (auto st = server.start(); !st.ok()) fail(st.error());
  if (public_server) {
    if (auto st = public_server->start(); !st.ok()) {
      server.stop();
      server.wait();
      fail(st.error());
    }
  }
  server.install_signal_handlers();

  const std::string host = s.address.find(':') != std::string::npos ? "[" + s.address + "]" : s.address;
  std::cout << "清风已启动 / Qingfeng is listening on " << (tls ? "https" : "http") << "://" << host << ":"
            << server.bound_port() << "/" << std::endl;
  spdlog::info("listening on {}:{}", s.address, server.bound_port());
  if (public_server) {
    const auto& pa = public_cfg->address;
    const std::string phost = pa.find(':') != std::string::npos ? "[" + pa + "]" : pa;
    std::cout << "信访举报受理入口 / Public report intake on " << (public_cfg->tls_cert_file.empty() ? "http" : "https")
              << "://" << phost << ":" << public_server->bound_port() << "/" << std::endl;
    spdlog::info("public report intake listening on {}:{}", pa, public_server->bound_port());
    if (!flags.public_port_file.empty() && !write_port_file(flags.public_port_file, public_server->bound_port())) {
      public_server->stop();
      public_server->wait();
      server.stop();
      server.wait();
      fail(qf::Error::make(qf::ErrorKind::kInvalid, "serve.port_file", "无法写入端口文件 " + flags.public_port_file,
                           "Cannot write the port file " + flags.public_port_file, "--public-port-file"));
    }
  }
  if (!flags.port_file.empty()) {
    // Written to a temporary name and renamed, so a reader never sees half a number.
    std::string tmp = flags.port_file + ".tmp";
    {
      std::ofstream out(tmp);
      out << server.bound_port() << "\n";
      if (!out) {
        server.stop();
        server.wait();
        fail(qf::Error::make(qf::ErrorKind::kInvalid, "serve.port_file", "无法写入端口文件 " + flags.port_file,
                             "Cannot write the port file " + flags.port_file, "--port-file"));
      }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, flags.port_file, ec);
  }
  server.wait();
  if (public_server) {
    public_server->stop();
    public_server->wait();
  }
  spdlog::info("stopped");
  spdlog::default_logger()->flush();
  if (auto a = spdlog::get("access")) a->flush();
  std::cout << "清风已停止 / Qingfeng stopped" << std::endl;
}

void add_serve(CLI::App& root) {
  auto flags = std::make_shared<ServeFlags>();
  auto* cmd = root.add_subcommand("serve", bi("启动网页服务", "Start the web server"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->add_option("--address", flags->address, bi("监听地址（覆盖 server.address）", "Listen address (overrides server.address)"));
  cmd->add_option("--port", flags->port, bi("监听端口，0 为自动选择（覆盖 server.port）", "Listen port, 0 = any free port (overrides server.port)"));
  cmd->add_option("--port-file", flags->port_file, bi("启动后把实际端口写入此文件", "Write the bound port to this file once listening"));
  cmd->add_option("--web-root", flags->web_root, bi("前端静态文件目录（覆盖 server.web_root）", "Web front end directory (overrides server.web_root)"));
  cmd->add_option("--public-port", flags->public_port,
                  bi("信访举报公开入口端口（覆盖 public.port；与 --port 0 同用时默认自动选择）",
                     "Public report intake port (overrides public.port; with --port 0 it is picked freely too)"));
  cmd->add_option("--public-port-file", flags->public_port_file,
                  bi("启动后把公开入口的实际端口写入此文件", "Write the public listener's bound port to this file"));
  cmd->add_flag("--test-mode", flags->test_mode, bi("测试模式：开放可调时钟接口（切勿用于生产）", "Test mode: adjustable clock endpoint (never in production)"));
  cmd->callback([flags] { serve(*flags); });
}
QF_REGISTER_COMMAND(100, add_serve);
}  // namespace

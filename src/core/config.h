#pragma once
// Config: every tunable of Qingfeng, read from qingfeng.toml (documented defaults in
// the shipped file and in docs/configuration.md), then overridden by environment
// variables QF_<SECTION>_<KEY> (e.g. QF_SERVER_PORT=9090, QF_DATABASE_URL=…), then by
// command-line flags. Unknown keys are refused with the file and line, so a typo never
// silently falls back to a default. Sections owned by later modules (clues, reports,
// crosscheck…) are kept as raw TOML text for their module to parse (section_toml()).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace qf {

struct ServerConfig {
  std::string address = "127.0.0.1";
  int port = 8080;
  int io_threads = 1;
  int worker_threads = 0;                  // 0 = auto: see resolved_worker_threads()
  int64_t max_body_bytes = 32LL * 1024 * 1024;
  int max_header_bytes = 16 * 1024;        // request line + headers
  int read_timeout_ms = 30000;
  int keep_alive_timeout_ms = 60000;
  int shutdown_grace_ms = 15000;
  std::string tls_cert_file;
  std::string tls_key_file;
  std::string web_root = "web/dist";       // static files of the browser front end
  bool test_mode = false;                  // enables the injectable clock endpoint; never in production
  std::vector<std::string> trusted_proxies;  // X-Forwarded-For honoured only from these
  bool access_log = true;                  // one JSON line per request (never bodies, cookies, queries)

  // worker_threads with 0 ("auto") resolved for `cores` CPU cores. SQLite handlers run
  // in process and are CPU-bound: one worker per core (at least 2) — more workers than
  // cores only make requests wait behind each other's time slices (on 2 cores, 8
  // workers took the p99 at 500 connections from 40 ms to 417 ms, docs/benchmarks.md).
  // PostgreSQL handlers wait on the network: 4 per core (at least 8). Never more than
  // `pool_size` (a worker without a connection would only wait for one).
  int resolved_worker_threads(unsigned cores, bool postgres, int pool_size) const;
};

struct DatabaseConfig {
  std::string url = "sqlite:data/qingfeng.db";
  int pool_size = 16;
  int busy_timeout_ms = 5000;
  std::string backup_dir = "data/backups";
};

struct PasswordPolicy {
  int min_length = 10;
  bool require_upper = true;
  bool require_lower = true;
  bool require_digit = true;
  bool require_symbol = false;
  int history = 5;          // may not reuse the last N passwords
  int max_age_days = 180;   // 0 = never expires
};

struct SecurityConfig {
  int lockout_failures = 5;         // failed logins before the account locks
  int lockout_minutes = 15;
  int session_idle_minutes = 30;
  int session_absolute_hours = 12;
  int idle_warning_seconds = 120;   // the browser warns this long before idle timeout
  bool totp_required_for_admins = false;
  std::string totp_issuer = "Qingfeng";
  int login_rate_per_minute = 30;   // per client address, across accounts
  int argon2_opslimit = 2;          // crypto_pwhash OPSLIMIT (libsodium INTERACTIVE = 2)
  int64_t argon2_memlimit = 64LL * 1024 * 1024;
  // The server secret key (32 random bytes, hex or base64 text, mode 0600) that seals
  // TOTP secrets at rest; kept OUTSIDE the database and its backups. Created by
  // `qingfeng init` / `serve` when absent (domain/auth/server_key.h).
  std::string secret_key_file = "data/qingfeng.key";
  PasswordPolicy password;
};

struct AuditConfig {
  std::string hash = "sm3";  // "sm3" (default) or "sha256"
};

struct LogConfig {
  std::string level = "info";
  std::string file;          // empty = stderr
  bool json = true;          // structured (one JSON object per line)
};

struct OrgConfig {
  std::string unit_name = "示范局";
  int64_t import_max_rows = 20000;
  // The bureau's business time zone, minutes east of UTC (China Standard Time = 480):
  // the one setting for every civil day the product counts (Date::from_unix_ms).
  int utc_offset_minutes = 480;
};

struct Config {
  ServerConfig server;
  DatabaseConfig database;
  SecurityConfig security;
  AuditConfig audit;
  LogConfig log;
  OrgConfig org;
  std::string source_path;  // file it was read from ("" = built-in defaults)
  std::string source_text;  // that file's text, kept for module_section()
  // Raw TOML text of module sections that this struct does not model (e.g. "crosscheck").
  std::map<std::string, std::string> module_sections;

  // Loads `path` (missing file → defaults, unless `required`), then environment overrides.
  static Result<Config> load(const std::string& path, bool required = false);
  // Applies one "section.key=value" override (command-line --set), validating it.
  Status set(const std::string& dotted_key, const std::string& value);
  std::string section_toml(const std::string& section) const;

  // What a module parses for its own section: the whole configuration file when the
  // section came from it (so the module's errors name the real file:line), else the
  // section text kept above (built-in defaults).
  struct ModuleSection {
    std::string toml;
    std::string source;  // file name for error locations ("qingfeng.toml" when none)
  };
  ModuleSection module_section(const std::string& section) const;
};

// `[section] utc_offset_minutes` of earlier versions ([clues], [reports]): the business
// time zone is now the one setting org.utc_offset_minutes. The old key is accepted when
// it equals that setting and refused otherwise (kInvalid "config.utc_offset_moved",
// naming `where`), so an installation never counts two civil days.
Status check_legacy_utc_offset(const std::string& section, std::optional<int64_t> value, const std::string& where);

// Declares a module's own top-level section of qingfeng.toml (kept raw for the module
// to parse through Config::module_section); used at static-initialisation time by
// QF_REGISTER_CONFIG_SECTION in the module's API file, before any configuration loads.
struct RegisterConfigSection {
  explicit RegisterConfigSection(const char* section);
};

}  // namespace qf

#define QF_CONFIG_CONCAT_INNER(a, b) a##b
#define QF_CONFIG_CONCAT(a, b) QF_CONFIG_CONCAT_INNER(a, b)
#define QF_REGISTER_CONFIG_SECTION(name) \
  static ::qf::RegisterConfigSection QF_CONFIG_CONCAT(qf_config_section_, __LINE__)(name)

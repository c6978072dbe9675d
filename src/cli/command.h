#pragma once
// Subcommand registry for the `qingfeng` executable. Each subcommand lives in its own
// cmd_<name>.cpp and registers itself with a static QF_REGISTER_COMMAND; main.cpp
// never changes when a command is added. The executable links every src/cli/*.cpp
// directly (not through a static library), so the registrars are always kept.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/config.h"
#include "core/error.h"
#include "store/database.h"

namespace qf::cli {

// Adds one subcommand (with its options and callback) to the root app. Callbacks
// report failure by throwing CLI::RuntimeError(exit_code) after printing a
// bilingual one-line reason to stderr.
using CommandRegistrar = std::function<void(CLI::App& root)>;

struct CommandRegistration {
  int order;  // position in --help: lower first
  CommandRegistrar add;
};

std::vector<CommandRegistration>& command_registry();

struct RegisterCommand {
  RegisterCommand(int order, CommandRegistrar add) {
    command_registry().push_back({order, std::move(add)});
  }
};

// The demo data of each module for `qingfeng demo` (cli/demo_<module>.cpp): run in
// `order` after the core demo bureau (organisation, accounts, clues, talks) exists,
// each deciding itself whether its data is already there (demo --force must stay
// safe). A module adds its demo with QF_REGISTER_DEMO; cmd_demo.cpp never changes.
struct DemoContext {
  store::Database& db;
  const Config& config;
  std::string password;  // the demo accounts' password
};
using DemoStep = std::function<void(DemoContext&)>;  // reports failure through fail()
struct DemoRegistration {
  int order;
  std::string name;
  DemoStep run;
};
std::vector<DemoRegistration>& demo_registry();
struct RegisterDemo {
  RegisterDemo(int order, std::string name, DemoStep run) {
    demo_registry().push_back({order, std::move(name), std::move(run)});
  }
};

// Global options every command sees (set by main before callbacks run).
struct GlobalOptions {
  std::string config_path = "qingfeng.toml";  // --config
  std::string database;                       // --database (overrides config)
};
GlobalOptions& global_options();

// Prints the error to stderr as "中文 / English [field]" (plus the internal detail,
// for operators) and ends the command with exit code `code` via CLI::RuntimeError.
[[noreturn]] void fail(const qf::Error& e, int code = 2);

// The configuration (--config) and the database it names (or --database), opened with
// `pool_size` connections; with `migrate`, the schema is first brought up to this
// binary's version. Any failure ends the command through fail() with its bilingual
// reason (unreadable config with file:line, unreachable database, newer schema).
struct OpenedDatabase {
  qf::Config config;
  std::unique_ptr<qf::store::Database> db;
};
OpenedDatabase open_database(int pool_size = 2, bool migrate = false);

// The server secret key file (security.secret_key_file; created with mode 0600 when
// absent) and the sealing of TOTP secrets an older release left in clear text
// (domain/auth/totp_seal.h), as `init` and `migrate` do it; prints what it did, and
// fails the command on a refused key file or a store error.
void seal_totp_secrets(const qf::Config& config, qf::store::Database& db);

// Local time as YYYYMMDD-HHMMSS, for backup file names.
std::string timestamp();
// `p` if nothing exists there, else p with -2, -3, … before the extension.
std::string unused_path(const std::filesystem::path& p);

// Bilingual description helper: "中文 / English".
inline std::string bi(const std::string& zh, const std::string& en) { return zh + " / " + en; }

}  // namespace qf::cli

#define QF_CLI_CONCAT_INNER(a, b) a##b
#define QF_CLI_CONCAT(a, b) QF_CLI_CONCAT_INNER(a, b)
#define QF_REGISTER_DEMO(order, name, fn) \
  static ::qf::cli::RegisterDemo QF_CLI_CONCAT(qf_demo_reg_, __LINE__)(order, name, fn)
#define QF_REGISTER_COMMAND(order, fn) \
  static ::qf::cli::RegisterCommand QF_CLI_CONCAT(qf_cmd_reg_, __LINE__)(order, fn)

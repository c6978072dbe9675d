// qingfeng: the single executable. Subcommands register themselves (command.h).
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iostream>

#include "cli/command.h"
#include "core/clock.h"
#include "domain/audit/audit_key.h"
#include "domain/audit/audit_log.h"
#include "domain/auth/server_key.h"
#include "domain/auth/totp_seal.h"
#include "domain/clues/clue_attachment_seal.h"
#include "domain/talks/talk_seal.h"
#include "store/database_url.h"

namespace qf::cli {

std::vector<DemoRegistration>& demo_registry() {
  static std::vector<DemoRegistration> r;
  return r;
}

std::vector<CommandRegistration>& command_registry() {
  static std::vector<CommandRegistration> registry;
  return registry;
}

void fail(const qf::Error& e, int code) {
  std::cerr << e.message_zh << " / " << e.message_en;
  if (!e.field.empty()) std::cerr << " [" << e.field << "]";
  std::cerr << "\n";
  if (!e.internal_detail.empty()) std::cerr << "详情 / detail: " << e.internal_detail << "\n";
  throw CLI::RuntimeError(code);
}

OpenedDatabase open_database(int pool_size, bool migrate) {
  auto& g = global_options();
  auto config = qf::Config::load(g.config_path);
  if (!config.ok()) fail(config.error());
  auto options = qf::store::database_options(config->database, g.database);
  options.pool_size = pool_size;
  auto db = qf::store::Database::open(options);
  if (!db.ok()) fail(db.error());
  // Audit entries this command appends are keyed with the server key file when it is
  // there (domain/audit/audit_key.h); without it they are refused once the chain is keyed.
  if (auto key = qf::auth::load_server_key(config->security.secret_key_file); key.ok())
    qf::audit::set_chain_key(qf::audit::derive_chain_key(*key));
  if (migrate) {
    auto version = qf::store::migrate(**db);
    if (!version.ok()) fail(version.error());
  }
  return OpenedDatabase{std::move(config).value(), std::move(db).value()};
}

void seal_totp_secrets(const qf::Config& config, qf::store::Database& db) {
  auto key = qf::auth::ensure_server_key(config.security.secret_key_file);
  if (!key.ok()) fail(key.error());
  std::cout << (key->created ? "已创建服务器密钥文件 / created the server secret key file: "
                             : "服务器密钥文件 / server secret key file: ")
            << key->key.path << "\n";
  if (key->created)
    std::cout << "  它不在备份中：请另行妥善保存一份；多台服务器须复制同一文件。\n"
                 "  It is not in the backups: keep a copy safe separately; every server on this database needs "
                 "the same file.\n";
  // The audit chain is keyed from here on; an upgraded database records where keying starts.
  qf::audit::set_chain_key(qf::audit::derive_chain_key(key->key));
  {
    auto lease = db.acquire();
    if (!lease.ok()) fail(lease.error());
    auto keyed = qf::audit::start_keying(lease->get(), qf::SystemClock().now_ms(), "cli");
    if (!keyed.ok()) fail(keyed.error());
    if (*keyed)
      std::cout << "审计日志自此以服务器密钥保护 / the audit log is keyed with the server key from now on\n";
  }
  auto sealed = qf::auth::seal_clear_totp_secrets(db, key->key);
  if (!sealed.ok()) fail(sealed.error());
  if (sealed->sealed_now > 0)
    std::cout << "已加密明文动态口令密钥 / sealed clear-text TOTP secrets: " << sealed->sealed_now << "\n";
  if (sealed->unopenable > 0) std::cerr << "警告 / warning: " << qf::auth::unopenable_totp_warning(*sealed, key->key) << "\n";
  // Talk summaries and follow-ups left in clear text by an older release (#14).
  auto talks = qf::talks::seal_clear_talks(db, key->key);
  if (!talks.ok()) fail(talks.error());
  if (*talks > 0) std::cout << "已加密明文谈话记录 / sealed clear-text talk records: " << *talks << "\n";
  auto documents = qf::clues::seal_clear_clue_attachments(db, key->key);
  if (!documents.ok()) fail(documents.error());
  if (*documents > 0) std::cout << "已加密明文线索附件 / sealed clear-text clue documents: " << *documents << "\n";
}

std::string timestamp() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &local);
  return buf;
}

std::string unused_path(const std::filesystem::path& p) {
  if (!std::filesystem::exists(p)) return p.string();
  for (int i = 2;; ++i) {
    auto candidate = p.parent_path() / (p.stem().string() + "-" + std::to_string(i) + p.extension().string());
    if (!std::filesystem::exists(candidate)) return candidate.string();
  }
}

GlobalOptions& global_options() {
  static GlobalOptions options;
  return options;
}

}  // namespace qf::cli

int main(int argc, char** argv) {
  using namespace qf::cli;
  // Everything this process creates — the SQLite database and its WAL, backups, the
  // server key file, uploads, exports, logs — is the service account's alone: files
  // 0600, folders 0700 (the database holds personal data; 等保 access control).
  ::umask(077);
  CLI::App app{bi("清风 廉政监督平台", "Qingfeng integrity-supervision platform"), "qingfeng"};
  app.set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  app.require_subcommand(1);
  app.fallthrough();
  auto& g = global_options();
  app.add_option("-c,--config", g.config_path, bi("配置文件路径", "Path of the configuration file"))
      ->capture_default_str();
  app.add_option("--database", g.database,
                 bi("数据库地址（覆盖配置）：sqlite:路径 或 postgresql://…",
                    "Database URL (overrides config): sqlite:PATH or postgresql://…"));

  auto& reg = command_registry();
  std::stable_sort(reg.begin(), reg.end(),
                   [](const CommandRegistration& a, const CommandRegistration& b) { return a.order < b.order; });
  for (auto& r : reg) r.add(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return 0;
}

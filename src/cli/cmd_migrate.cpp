// `qingfeng migrate`: applies the database migrations embedded in this binary and
// prints the schema version. `--check` only compares the database's version with the
// binary's (exit 0 when equal, 1 when migrations are pending, 2 when the database is
// newer than this binary or unreachable). The database URL comes from the
// configuration file (database.url), QF_DATABASE_URL, or --database. After migrating,
// TOTP secrets an older release stored in clear text are sealed with the server key
// file (created when absent), as `init` and `serve` do, so an upgrade done with
// `migrate` alone leaves no clear secret behind.
#include <iostream>

#include "cli/command.h"
#include "core/config.h"
#include "store/database.h"
#include "store/database_url.h"
#include "store/migration_set.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;


void add_migrate(CLI::App& root) {
  auto* cmd = root.add_subcommand("migrate", bi("升级数据库结构到本程序的版本", "Migrate the database schema to this binary's version"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  auto check = std::make_shared<bool>(false);
  cmd->add_flag("--check", *check,
                bi("只比较数据库与程序的结构版本，不做更改（一致时退出码 0，待升级 1，数据库更新 2）",
                   "Only compare the database and binary schema versions, change nothing (exit 0 equal, 1 pending, 2 database newer)"));
  cmd->callback([check] {
    auto opened = qf::cli::open_database(2);
    auto& db = opened.db;
    const int binary = qf::store::binary_schema_version();
    if (*check) {
      auto lease = db->acquire();
      if (!lease.ok()) fail(lease.error());
      auto current = qf::store::schema_version(lease.value().get());
      if (!current.ok()) fail(current.error());
      std::cout << "数据库 / database: " << db->display_url() << "\n"
                << "当前结构版本 / current schema version: " << *current << "\n"
                << "程序结构版本 / binary schema version: " << binary << "\n";
      if (*current == binary) {
        std::cout << "已是最新 / up to date\n";
        return;
      }
      if (*current < binary) {
        std::cout << "待升级，请运行 qingfeng migrate / migrations pending: run qingfeng migrate\n";
        throw CLI::RuntimeError(1);
      }
      fail(qf::store::schema_too_new(*current, binary));
    }
    auto version = qf::store::migrate(*db);
    if (!version.ok()) fail(version.error());
    std::cout << "数据库 / database: " << db->display_url() << "\n"
              << "结构版本 / schema version: " << *version << "\n";
    qf::cli::seal_totp_secrets(opened.config, *db);
  });
}
QF_REGISTER_COMMAND(110, add_migrate);
}  // namespace

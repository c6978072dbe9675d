// `qingfeng backup [--output FILE]`: an online, consistent backup of the database into
// one file — SQLite: a copy of the database file (backup API); PostgreSQL: pg_dump
// custom format. Default FILE: <database.backup_dir>/qingfeng-YYYYMMDD-HHMMSS.db (or
// .dump for PostgreSQL), local time. The service may keep running meanwhile.
#include <ctime>
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "core/config.h"
#include "store/database.h"
#include "store/database_url.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;
using qf::cli::timestamp;
using qf::cli::unused_path;

void add_backup(CLI::App& root) {
  auto* cmd = root.add_subcommand("backup", bi("在线备份数据库到一个文件", "Back up the database online into one file"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->footer(bi("注意：服务器密钥文件（security.secret_key_file，默认 data/qingfeng.key）不在备份中——它加密动态口令"
                 "密钥，须另行妥善保存并与备份一起保管，否则恢复后启用动态口令的账号无法登录",
                 "Note: the server secret key file (security.secret_key_file, default data/qingfeng.key) is NOT in "
                 "the backup — it seals the TOTP secrets; keep a copy of it safely with the backups, or accounts "
                 "with TOTP cannot sign in after a restore"));
  auto output = std::make_shared<std::string>();
  cmd->add_option("-o,--output", *output,
                  bi("备份文件路径（默认 <database.backup_dir>/qingfeng-年月日-时分秒.db 或 .dump）",
                     "Backup file path (default <database.backup_dir>/qingfeng-YYYYMMDD-HHMMSS.db or .dump)"));
  cmd->callback([output] {
    auto opened = qf::cli::open_database(2);
    auto* config = &opened.config;
    auto* db = &opened.db;
    std::string path = *output;
    if (path.empty()) {
      std::string ext = (*db)->dialect() == qf::store::Dialect::kPostgres ? ".dump" : ".db";
      path = unused_path(std::filesystem::path(config->database.backup_dir) / ("qingfeng-" + timestamp() + ext));
    }
    if (auto st = (*db)->backup_to(path); !st.ok()) fail(st.error());
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    std::cout << "已备份 / backed up: " << (*db)->display_url() << "\n"
              << "备份文件 / backup file: " << path << " (" << (ec ? 0 : size) << " bytes)\n";
  });
}
QF_REGISTER_COMMAND(120, add_backup);
}  // namespace

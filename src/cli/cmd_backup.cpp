// `qingfeng backup [--output FILE] [--passphrase-file FILE]`: an online, consistent,
// ENCRYPTED backup of the database into one file (#14). The copy — SQLite: the backup
// API; PostgreSQL: pg_dump custom format — is made in a private temporary folder (0700)
// beside the target, sealed (libsodium secretstream, domain/backup/backup_seal.h) into
// the target, created 0600, and the plain copy removed. Key: by default a subkey of
// the server secret key file (security.secret_key_file, which is NOT in the backup);
// with --passphrase-file, Argon2id of that passphrase instead (for backups that must
// open on another machine without the key file). Default FILE:
// <database.backup_dir>/qingfeng-YYYYMMDD-HHMMSS.db.qfbak (or .dump.qfbak for
// PostgreSQL), local time; the backup folder is kept 0700. The service may keep running.
#include <ctime>
#include <filesystem>
#include <iostream>

#include "cli/backup_files.h"
#include "cli/command.h"
#include "core/config.h"
#include "store/database.h"
#include "store/database_url.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;
using qf::cli::timestamp;
using qf::cli::unused_path;

struct BackupOptions {
  std::string output;
  qf::cli::BackupKeyOptions key;
};

void add_backup(CLI::App& root) {
  auto* cmd = root.add_subcommand("backup", bi("在线备份数据库到一个加密文件", "Back up the database online into one encrypted file"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->footer(bi("备份文件是加密的：默认用服务器密钥文件（security.secret_key_file，默认 data/qingfeng.key）派生的密钥，"
                 "该文件不在备份中——须另行妥善保存（与备份分开存放），否则备份无法恢复；也可用 --passphrase-file "
                 "以口令加密",
                 "The backup file is encrypted: by default with a key derived from the server secret key file "
                 "(security.secret_key_file, default data/qingfeng.key), which is NOT in the backup — keep a copy "
                 "of it safely, apart from the backups, or the backups cannot be restored; or encrypt with a "
                 "passphrase through --passphrase-file"));
  auto opts = std::make_shared<BackupOptions>();
  cmd->add_option("-o,--output", opts->output,
                  bi("备份文件路径（默认 <database.backup_dir>/qingfeng-年月日-时分秒.db.qfbak 或 .dump.qfbak）",
                     "Backup file path (default <database.backup_dir>/qingfeng-YYYYMMDD-HHMMSS.db.qfbak or "
                     ".dump.qfbak)"));
  cmd->add_option("--passphrase-file", opts->key.passphrase_file,
                  bi("以此文件第一行的口令（至少 12 个字符）加密，而不用服务器密钥",
                     "Encrypt with the passphrase on the first line of this file (at least 12 characters) instead "
                     "of the server key"));
  cmd->callback([opts] {
    auto opened = qf::cli::open_database(2);
    auto* config = &opened.config;
    auto* db = &opened.db;
    auto passphrase = qf::cli::read_passphrase(opts->key);
    if (!passphrase.ok()) fail(passphrase.error());
    std::string path = opts->output;
    if (path.empty()) {
      std::string ext = (*db)->dialect() == qf::store::Dialect::kPostgres ? ".dump.qfbak" : ".db.qfbak";
      path = unused_path(std::filesystem::path(config->database.backup_dir) / ("qingfeng-" + timestamp() + ext));
    }
    if (auto st = qf::cli::write_encrypted_backup(*config, **db, path, *passphrase); !st.ok()) fail(st.error());
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    std::cout << "已备份 / backed up: " << (*db)->display_url() << "\n"
              << "备份文件 / backup file: " << path << " (" << (ec ? 0 : size) << " bytes)\n"
              << (passphrase->has_value()
                      ? "已用口令加密 / encrypted with the passphrase\n"
                      : "已用服务器密钥文件加密（恢复时须有同一密钥文件） / encrypted with the server key file "
                        "(restoring needs the same key file): " + config->security.secret_key_file + "\n");
  });
}
QF_REGISTER_COMMAND(120, add_backup);
}  // namespace

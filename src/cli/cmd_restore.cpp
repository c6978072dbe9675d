// `qingfeng restore FILE [--yes] [--passphrase-file F]`: replaces ALL data of the database
// with an encrypted backup made by `qingfeng backup`. The file is first decrypted into a
// private temporary folder (0700) — refused, naming it in Chinese and English, when it
// was altered or truncated, made with another server key (the current key file and its
// .retired- copies are tried) or the passphrase is wrong — then verified (integrity,
// Qingfeng schema not newer than this binary); a refused file changes nothing. An
// unencrypted backup of an older release is restored only with --allow-unencrypted. Before replacing, the current
// data is itself backed up (encrypted, with the server key) to <database.backup_dir>/qingfeng-before-restore-….
// Afterwards the schema is migrated to this binary's version. Stop `qingfeng serve`
// first. Without --yes it asks for confirmation on the terminal.
#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <iostream>

#include "cli/backup_files.h"
#include "cli/command.h"
#include "domain/auth/server_key.h"
#include "domain/backup/backup_seal.h"
#include "core/config.h"
#include "store/database.h"
#include "store/database_url.h"

namespace {
using qf::cli::bi;
using qf::cli::fail;
using qf::cli::timestamp;
using qf::cli::unused_path;

struct RestoreOptions {
  std::string file;
  bool yes = false;
  bool skip_safety_backup = false;
  bool allow_unencrypted = false;
  qf::cli::BackupKeyOptions key;
};

void add_restore(CLI::App& root) {
  auto* cmd = root.add_subcommand("restore", bi("用备份文件替换数据库中的全部数据（请先停止服务）",
                                                "Replace all data in the database with a backup (stop the service first)"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->footer(bi("注意：备份中不含服务器密钥文件（security.secret_key_file）；恢复须使用备份时的同一密钥文件"
                 "（或其 .retired- 旧副本）才能解密，启用动态口令的账号才能登录",
                 "Note: the backup does not contain the server secret key file (security.secret_key_file); the same "
                 "key file as at backup time (or a .retired- copy of it) must be in place to decrypt it, and for "
                 "accounts with TOTP to sign in"));
  auto opts = std::make_shared<RestoreOptions>();
  cmd->add_option("file", opts->file, bi("由 qingfeng backup 生成的备份文件", "Backup file made by qingfeng backup"))
      ->required();
  cmd->add_flag("-y,--yes", opts->yes, bi("不再询问确认", "Do not ask for confirmation"));
  cmd->add_option("--passphrase-file", opts->key.passphrase_file,
                  bi("以口令加密的备份：口令在此文件第一行", "For a passphrase-encrypted backup: the passphrase is on "
                                                              "the first line of this file"));
  cmd->add_flag("--allow-unencrypted", opts->allow_unencrypted,
                bi("允许恢复旧版本生成的未加密备份", "Allow restoring an unencrypted backup made by an older release"));
  cmd->add_flag("--skip-safety-backup", opts->skip_safety_backup,
                bi("恢复前不备份当前数据（仅当当前数据已损坏无法备份时使用）",
                   "Do not back up the current data first (only when it is too damaged to back up)"));
  cmd->callback([opts] {
    auto opened = qf::cli::open_database(2);
    auto* config = &opened.config;
    auto* db = &opened.db;
    const std::string shown = (*db)->display_url();
    if (!std::filesystem::is_regular_file(opts->file)) {
      fail(qf::Error::invalid("db.backup_missing", "备份文件 " + opts->file + " 不存在",
                              "The backup file " + opts->file + " does not exist", opts->file));
    }
    // Decrypt first: a refused file stops here, before any question or change.
    auto passphrase = qf::cli::read_passphrase(opts->key);
    if (!passphrase.ok()) fail(passphrase.error());
    std::filesystem::create_directories(config->database.backup_dir);
    qf::cli::PrivateTempDir tmp((std::filesystem::path(config->database.backup_dir) / "x").string());
    if (!tmp.ok())
      fail(qf::Error::invalid("db.restore_failed", "无法在备份文件夹中创建临时文件夹，未作任何更改",
                              "Cannot create a private temporary folder in the backup folder; nothing was changed",
                              config->database.backup_dir));
    std::string plain = opts->file;
    if (qf::backup::is_sealed_file(opts->file)) {
      plain = (std::filesystem::path(tmp.path()) / "plain").string();
      auto keys = qf::auth::load_server_keys_with_retired(config->security.secret_key_file);
      if (auto st = qf::backup::open_file(opts->file, plain, keys, *passphrase); !st.ok()) fail(st.error());
    } else if (!opts->allow_unencrypted) {
      fail(qf::Error::invalid("backup.not_sealed",
                              "备份文件 " + opts->file + " 不是清风加密备份文件，未作任何更改（旧版本生成的未加密备份须加 "
                              "--allow-unencrypted）",
                              "The backup file " + opts->file + " is not an encrypted Qingfeng backup; nothing was "
                              "changed (an unencrypted backup of an older release needs --allow-unencrypted)",
                              opts->file));
    }
    if (!opts->yes) {
      if (!::isatty(STDIN_FILENO)) {
        fail(qf::Error::invalid("cli.confirm", "恢复会替换全部数据；非交互运行时请加 --yes 确认",
                                "Restoring replaces all data; add --yes to confirm when not interactive"),
             1);
      }
      std::cout << "将用 " << opts->file << " 替换 " << shown << " 中的全部数据。确定吗？[y/N] / "
                << "This replaces ALL data in " << shown << " with " << opts->file << ". Continue? [y/N] "
                << std::flush;
      std::string answer;
      std::getline(std::cin, answer);
      if (answer != "y" && answer != "Y" && answer != "yes") {
        std::cout << "已取消 / cancelled\n";
        throw CLI::RuntimeError(1);
      }
    }
    if (!opts->skip_safety_backup) {
      std::string ext = (*db)->dialect() == qf::store::Dialect::kPostgres ? ".dump.qfbak" : ".db.qfbak";
      std::string safety = unused_path(std::filesystem::path(config->database.backup_dir) /
                                       ("qingfeng-before-restore-" + timestamp() + ext));
      if (auto st = qf::cli::write_encrypted_backup(*config, **db, safety, std::nullopt); !st.ok()) {
        std::cerr << "恢复前无法备份当前数据，未作任何更改（可用 --skip-safety-backup 跳过） / "
                     "Could not back up the current data before restoring; nothing was changed "
                     "(use --skip-safety-backup to skip)\n";
        fail(st.error());
      }
      std::cout << "当前数据已备份到 / current data saved to: " << safety << "\n";
    }
    if (auto st = (*db)->restore_from(plain); !st.ok()) {
      qf::Error e = st.take_error();
      // Name the file the operator gave, not the private decrypted copy.
      auto rename = [&](std::string& text) {
        for (size_t at; (at = text.find(plain)) != std::string::npos;) text.replace(at, plain.size(), opts->file);
      };
      rename(e.message_zh);
      rename(e.message_en);
      rename(e.field);
      fail(e);
    }
    auto version = qf::store::migrate(**db);
    if (!version.ok()) fail(version.error());
    std::cout << "已恢复 / restored: " << opts->file << " → " << shown << "\n"
              << "结构版本 / schema version: " << *version << "\n";
  });
}
QF_REGISTER_COMMAND(130, add_restore);
}  // namespace

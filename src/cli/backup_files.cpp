// Encrypted backup files: see backup_files.h.
#include "cli/backup_files.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "domain/auth/server_key.h"
#include "store/database.h"

namespace qf::cli {
namespace fs = std::filesystem;

PrivateTempDir::PrivateTempDir(const std::string& near) {
  fs::path dir = fs::path(near).has_parent_path() ? fs::path(near).parent_path() : fs::path(".");
  std::string tmpl = (dir / ".qf-backup-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
}

PrivateTempDir::~PrivateTempDir() {
  if (path_.empty()) return;
  std::error_code ec;
  fs::remove_all(path_, ec);
}

Result<std::optional<std::string>> read_passphrase(const BackupKeyOptions& o) {
  if (o.passphrase_file.empty()) return std::optional<std::string>{};
  std::ifstream in(o.passphrase_file);
  std::string line;
  if (!in || !std::getline(in, line))
    return Error::invalid("backup.passphrase_file", "无法读取口令文件 " + o.passphrase_file,
                          "Cannot read the passphrase file " + o.passphrase_file, "--passphrase-file");
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  if (line.size() < 12)
    return Error::invalid("backup.passphrase_short", "口令文件 " + o.passphrase_file + " 中的口令太短（至少 12 个字符）",
                          "The passphrase in " + o.passphrase_file + " is too short (at least 12 characters)",
                          "--passphrase-file");
  return std::optional<std::string>{std::move(line)};
}

Status prepare_backup_folder(const qf::Config& config, const std::string& path) {
  std::error_code ec;
  const fs::path parent = fs::path(path).has_parent_path() ? fs::path(path).parent_path() : fs::path(".");
  fs::create_directories(parent, ec);  // 0700 under the process umask (main.cpp)
  const fs::path backup_dir(config.database.backup_dir);
  if (fs::exists(backup_dir, ec)) {
    auto perms = fs::status(backup_dir, ec).permissions();
    if (!ec && (perms & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none) {
      fs::permissions(backup_dir, fs::perms::owner_all, fs::perm_options::replace, ec);
      std::cout << "备份文件夹已收紧为仅服务账号可访问（0700） / backup folder tightened to owner-only (0700): "
                << backup_dir.string() << "\n";
    }
  }
  return {};
}

Status write_encrypted_backup(const qf::Config& config, qf::store::Database& db, const std::string& path,
                              const std::optional<std::string>& passphrase) {
  backup::SealWith with;
  if (passphrase) {
    with.passphrase = passphrase;
  } else {
    QF_TRY(auth::OpenedServerKey key, auth::ensure_server_key(config.security.secret_key_file));
    with.server_key = key.key;
  }
  QF_TRY_STATUS(prepare_backup_folder(config, path));
  PrivateTempDir tmp(path);
  if (!tmp.ok())
    return Error::invalid("db.backup_failed", "无法在备份文件夹中创建临时文件夹：" + path,
                          "Cannot create a private temporary folder beside " + path, path);
  const std::string plain = (fs::path(tmp.path()) / "plain").string();
  QF_TRY_STATUS(db.backup_to(plain));
  return backup::seal_file(plain, path, with);
}

}  // namespace qf::cli

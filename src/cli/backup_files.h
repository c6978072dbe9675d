#pragma once
// Encrypted backup files for `qingfeng backup` and `qingfeng restore`
// (domain/backup/backup_seal.h): the database copy is made in a private temporary
// folder (0700) beside the target, sealed into the target (0600), and the plain copy
// removed; a restore decrypts the same way before the database is touched.
#include <optional>
#include <string>

#include "core/config.h"
#include "core/result.h"
#include "domain/backup/backup_seal.h"

namespace qf::store { class Database; }

namespace qf::cli {

// The key options shared by backup and restore: --passphrase-file.
struct BackupKeyOptions {
  std::string passphrase_file;
};

// Reads the passphrase (first line, at least 12 characters) when a file is given.
Result<std::optional<std::string>> read_passphrase(const BackupKeyOptions& o);

// The folder `path` goes into is created 0700 when missing; the configured
// database.backup_dir is also tightened to 0700 when it is open to others.
Status prepare_backup_folder(const qf::Config& config, const std::string& path);

// Writes an encrypted backup of `db` to `path` (must not exist): with the passphrase
// when given, else with the server key file (created when absent, like `serve`).
Status write_encrypted_backup(const qf::Config& config, qf::store::Database& db, const std::string& path,
                              const std::optional<std::string>& passphrase);

// A private temporary folder (mkdtemp, 0700) next to `near`, removed with its content
// when the object goes.
class PrivateTempDir {
 public:
  explicit PrivateTempDir(const std::string& near);
  ~PrivateTempDir();
  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace qf::cli

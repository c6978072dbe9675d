#pragma once
// Encrypted backup files (加密备份, #14): `qingfeng backup` writes the database copy
// (SQLite file or pg_dump archive) only as a sealed file; `qingfeng restore` opens it
// into a private temporary folder first and refuses a tampered, truncated or wrong-key
// file before anything of the database is touched.
//
// Format (all integers little-endian):
//   "QFBACKUP" | version 1 (1 byte) | mode (1 byte: 1 = server key, 2 = passphrase)
//   | 16 bytes: server key mode — key id (first 16 bytes of HMAC-SHA256(backup key,
//     "qf-backup-key-id")); passphrase mode — Argon2id salt
//   | opslimit (8) | memlimit (8)   (passphrase mode; 0 in server key mode)
//   | libsodium secretstream (XChaCha20-Poly1305) header (24)
//   then chunks: ciphertext length (4) | ciphertext of up to 64 KiB of plaintext,
//   the last tagged FINAL; nothing may follow it. The 42 bytes before the stream header
//   are the additional data of the first chunk, so the mode, key id and cost cannot be
//   changed either.
// Keys: server key mode — crypto_kdf subkey 1 of context "qfbackup" of the server key
// FILE (security.secret_key_file, outside the database and its backups); passphrase
// mode — Argon2id (crypto_pwhash) of the passphrase with the salt.
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/auth/server_key.h"

namespace qf::backup {

struct SealWith {
  std::optional<auth::ServerKey> server_key;  // exactly one of the two
  std::optional<std::string> passphrase;
};

// Encrypts the file `plain` into `sealed`, which must not exist (created O_EXCL, mode
// 0600, fsynced). On failure nothing is left at `sealed`. Errors name `sealed`.
Status seal_file(const std::string& plain, const std::string& sealed, const SealWith& with);

// True when the file starts with the sealed-backup magic.
bool is_sealed_file(const std::string& path);

// Decrypts `sealed` into `plain` (created O_EXCL, 0600). `keys`: the server key file
// and its retired copies (tried by key id); `passphrase` for passphrase-mode files.
// Refusals name `sealed` in Chinese and English and leave nothing at `plain`:
//   kInvalid "backup.not_sealed"   — not an encrypted Qingfeng backup
//   kInvalid "backup.wrong_key"    — made with a server key that none of `keys` is
//   kInvalid "backup.passphrase_needed" — passphrase-mode file, no passphrase given
//   kInvalid "backup.tampered"     — does not decrypt: altered, truncated, wrong passphrase
Status open_file(const std::string& sealed, const std::string& plain, const std::vector<auth::ServerKey>& keys,
                 const std::optional<std::string>& passphrase);

}  // namespace qf::backup

#pragma once
// The server secret key (服务器密钥): 32 random bytes kept in a file OUTSIDE the database
// (config security.secret_key_file, default data/qingfeng.key), from which the keys
// that seal secrets at rest are derived (today: TOTP secrets, domain/auth/totp_seal.h).
// A stolen database dump or backup file alone therefore yields no second factor; an
// attacker holding both the database and this file does (docs/security/totp-secrets.md).
//
// File format: the 32 bytes as 64 hexadecimal digits or as base64 (44 characters),
// surrounding whitespace ignored. It must be a regular file that neither the group nor
// other users may read or write (mode 0600 or 0400). Every server process on one
// PostgreSQL database must have a copy of the same file.
//
// Callers may assume: load_server_key() never returns a key from a file it refused;
// every refusal is kInvalid "security.secret_key_file" with field
// "security.secret_key_file" and a bilingual message naming the file and the cause
// (missing/unreadable, wrong size or format, readable by group/others).
#include <array>
#include <string>
#include <vector>

#include "core/result.h"

namespace qf::auth {

inline constexpr size_t kServerKeyBytes = 32;

struct ServerKey {
  std::array<unsigned char, kServerKeyBytes> bytes{};
  std::string path;  // the file it was read from, for messages
};

// Reads and checks the key file at `path` (see the format above).
Result<ServerKey> load_server_key(const std::string& path);

struct OpenedServerKey {
  ServerKey key;
  bool created = false;  // true when this call created the file
};
// `qingfeng init` / `serve` at start-up: creates the file when absent (its folder too;
// 32 bytes from the OS random source, hex, mode 0600; atomic, so two processes starting
// at once end with one key), then loads it as load_server_key() does.
Result<OpenedServerKey> ensure_server_key(const std::string& path);
// The key file and every "<file>.retired-*" copy beside it (kept by `qingfeng security
// rotate-key`) that loads, current first; an empty list when none loads. For opening
// what older keys sealed: audit chain entries, encrypted backups.
std::vector<ServerKey> load_server_keys_with_retired(const std::string& path);

// Key rotation: creates a new random key file at `path`, which must not exist yet
// (kInvalid naming the file otherwise: nothing is overwritten), mode 0600, and loads it.
Result<ServerKey> create_server_key(const std::string& path);

}  // namespace qf::auth

#pragma once
// The key of the audit chain (审计日志链密钥): derived from the server secret key FILE
// (security.secret_key_file, outside the database and its backups) with crypto_kdf,
// context "qfaudit1" — subkey 1 keys the entry hashes (HMAC-SM3 or HMAC-SHA256),
// subkey 2 keys the checkpoints operators keep outside the database. Someone holding the
// database but not the key file can therefore not recompute the chain after editing
// rows: `qingfeng audit verify` names the first entry whose keyed hash fails.
//
// Each keyed entry names its key in hash_alg: "hmac-sm3:<key id>" or
// "hmac-sha256:<key id>", the key id being 16 hex digits of HMAC-SHA256(subkey 1,
// "qf-audit-key-id") — public, and useless for forging. After `qingfeng security
// rotate-key` new entries carry the new key id; the old key file kept beside the
// current one (<file>.retired-<time>) still verifies the older entries, so the
// keyring used for verification is the current file plus every retired copy.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/auth/server_key.h"

namespace qf::audit {

struct ChainKey {
  std::string kid;             // 16 hex digits
  std::string mac_key;         // 32 bytes, subkey 1
  std::string checkpoint_key;  // 32 bytes, subkey 2
  std::string source;          // the key file it came from, for messages
};

ChainKey derive_chain_key(const auth::ServerKey& key);

// The key later appends in this process use (nullopt: none — appends then stay
// unkeyed while the chain has never been keyed, and are refused once it has).
// Thread-safe.
void set_chain_key(std::optional<ChainKey> key);
std::optional<ChainKey> chain_key();

struct Keyring {
  std::vector<ChainKey> keys;
  const ChainKey* find(std::string_view kid) const;
  bool empty() const { return keys.empty(); }
};

// The current key file and every "<file>.retired-*" copy beside it that loads. A
// missing or refused current file gives an empty keyring for it (verification then
// reports entries whose key is missing); refused retired copies are skipped.
Keyring load_keyring(const std::string& key_file);

// Lower-case hex HMAC of `data` with `key` using "sm3" or "sha256";
// kInvalid when the digest is unavailable.
Result<std::string> hmac_hex(std::string_view alg, std::string_view key, std::string_view data);

}  // namespace qf::audit

#pragma once
// Verification of the audit hash chain: walks every entry in sequence order and names
// the first one that was altered (its hash no longer matches its fields), removed (a
// gap in the sequence, or a tail missing against the chain head or a checkpoint) or
// reordered (its prev_hash belongs to another entry). Read-only; safe while the server
// runs.
//
// Keyed chains (audit_key.h): with a keyring, every entry from the recorded
// keyed_from_seq on must carry a keyed hash that the keyring reproduces — rows edited
// and re-hashed by someone without the key file fail as "altered", a removed or edited
// marker fails as "unkeyed", an entry whose key is in no file given fails as
// "key_missing". Without a keyring (nullptr) only plain-hash chains verify.
//
// Checkpoints (锚点) are exported by the auditor and kept OUTSIDE the database; each
// says "entry <seq> had hash <hash> at <time>" under a MAC of the checkpoint subkey.
// A chain that no longer reaches a checkpoint's seq (tail deleted, head moved back)
// or holds another hash there fails as "checkpoint".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/audit/audit_key.h"

namespace qf::store { class Connection; }

namespace qf::audit {

struct ChainVerdict {
  bool ok = true;
  int64_t checked = 0;                  // entries examined
  std::optional<int64_t> first_bad_seq;  // set when !ok
  // "altered" | "removed" | "reordered" | "unkeyed" | "key_missing" | "checkpoint" (when !ok)
  std::string problem;
  std::string reason_zh;
  std::string reason_en;
  std::optional<int64_t> keyed_from;     // seq from which entries are keyed, when keyed
  int64_t checkpoints_checked = 0;       // checkpoints the chain reached with their hash
};

struct Checkpoint {
  int64_t seq = 0;
  std::string hash;   // the entry's hash, hex
  int64_t at_ms = 0;  // when it was taken
  std::string kid;    // key id of the checkpoint key (audit_key.h)
  std::string mac;    // hex HMAC-SHA256 under that key's checkpoint subkey
};

// Checks the whole chain (and that it reaches each checkpoint with its hash). Errors
// only for database failures; a broken chain is a verdict with ok = false.
Result<ChainVerdict> verify_chain(store::Connection& conn, const Keyring* ring = nullptr,
                                  const std::vector<Checkpoint>& checkpoints = {});

// A checkpoint of the current head, MAC'd with `key`. Refused (kConflict
// "audit.chain_broken", naming the entry) when the chain does not verify with `ring`
// — a checkpoint must never bless a rewritten chain — or when it is empty.
Result<Checkpoint> make_checkpoint(store::Connection& conn, const ChainKey& key, const Keyring& ring, int64_t now_ms);

// The checkpoint as the JSON text operators keep (one object, fields type, version,
// seq, hash, at_ms, at (Beijing time, for reading), key_id, mac).
std::string checkpoint_json(const Checkpoint& cp);
// Parses that text and checks its MAC against `ring`. kInvalid "audit.checkpoint_invalid"
// naming `shown` (a file name or "checkpoint") when it is not such a text, its key is in
// no key file, or its MAC does not match (edited).
Result<Checkpoint> parse_checkpoint(const std::string& text, const Keyring& ring, const std::string& shown);

}  // namespace qf::audit

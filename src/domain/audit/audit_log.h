#pragma once
// The audit log (审计日志) as stored: entries with their sequence number and hash-chain
// fields, the hash algorithm setting, and the auditor's filtered query.
//
// Chain format (docs/security/access-control.md): entry n stores prev_hash = hash of
// entry n-1 (64 zeros for entry 1) and hash = H(canonical(entry n)), where canonical()
// serialises every field including seq, hash_alg and prev_hash as `name=len:value\n`
// lines, and H is HMAC-SM3 (default) or HMAC-SHA256 keyed with the audit subkey of the
// server key file (audit_key.h; hash_alg "hmac-sm3:<key id>"), lower-case hex. Entries
// written before keying started (older releases, or processes without the key file
// while the chain was never keyed) use plain SM3/SHA-256 (hash_alg "sm3"/"sha256"). Appends are serialised
// through the audit_chain_head row (locked FOR UPDATE on PostgreSQL; SQLite's
// BEGIN IMMEDIATE serialises writers), so the chain never forks.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/audit/audit_event.h"

namespace qf::store { class Connection; }

namespace qf::audit {

struct AuditEntry {
  int64_t seq = 0;
  AuditEvent event;
  std::string hash_alg;   // "hmac-sm3:<key id>", "hmac-sha256:<key id>", or unkeyed "sm3"/"sha256"
  std::string prev_hash;  // hex
  std::string hash;       // hex
};

// Selects the algorithm used by later appends in this process ("sm3" or "sha256",
// config audit.hash). kInvalid naming field "audit.hash" otherwise. Thread-safe.
Status set_hash_algorithm(std::string_view name);
std::string hash_algorithm();

// The canonical serialisation hashed for an entry (all fields but `hash`).
std::string canonical(const AuditEntry& e);
// H(canonical(e)) with e.hash_alg; kInvalid when the algorithm is unknown. Keyed
// entries ("hmac-sm3:<key id>", audit_key.h) need that key in `ring`: kUnavailable
// "audit.key_missing" otherwise.
struct Keyring;
struct ChainKey;
Result<std::string> compute_hash(const AuditEntry& e, const Keyring* ring = nullptr);
// The marker stored in audit_chain_head.keyed_mark when keying starts at `seq`:
// "<key id>:<hex HMAC-SHA256 of the seq>".
Result<std::string> keyed_mark(const ChainKey& key, int64_t seq);

// The genesis prev_hash.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// When this process holds the chain key (audit_key.h set_chain_key) and the chain holds
// entries but has never been keyed (an upgraded installation), appends
// "audit.chain_keyed" (actor "system") — the first keyed entry, recording where keying
// starts. True when it did; false when already keyed, empty (the first append of a
// keyed process starts keying by itself) or no key.
// Called by `qingfeng init`, `migrate` and `serve` after loading the key file.
Result<bool> start_keying(store::Connection& conn, int64_t now_ms, const std::string& client_addr);

struct AuditFilter {
  std::optional<std::string> actor;
  std::optional<std::string> action;
  std::optional<std::string> object_type;
  std::optional<std::string> object_id;
  std::optional<int64_t> from_ms;  // inclusive
  std::optional<int64_t> to_ms;    // exclusive
  bool oldest_first = false;
  int64_t limit = 20;              // <= 0: no limit (export)
  int64_t offset = 0;
};

// Entries matching the filter and the total count without paging.
Result<std::pair<std::vector<AuditEntry>, int64_t>> query(store::Connection& conn, const AuditFilter& f);

}  // namespace qf::audit

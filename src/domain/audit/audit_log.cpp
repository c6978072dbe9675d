// Appending to and querying the hash-chained audit log (see audit_log.h for the format).
#include "domain/audit/audit_log.h"

#include <openssl/evp.h>

#include <mutex>

#include "domain/audit/audit_key.h"
#include "store/database.h"

namespace qf::audit {
namespace {

std::mutex g_alg_mutex;
std::string g_alg = "sm3";

void put(std::string& out, std::string_view name, std::string_view value) {
  out.append(name);
  out.push_back('=');
  out.append(std::to_string(value.size()));
  out.push_back(':');
  out.append(value);
  out.push_back('\n');
}

Result<std::string> digest_hex(std::string_view alg, std::string_view data) {
  const EVP_MD* md = nullptr;
  if (alg == "sm3") md = EVP_get_digestbyname("SM3");
  else if (alg == "sha256") md = EVP_sha256();
  if (md == nullptr)
    return Error::invalid("audit.hash_alg", "审计日志哈希算法不可用：" + std::string(alg),
                          "Audit hash algorithm unavailable: " + std::string(alg), "audit.hash");
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_Digest(data.data(), data.size(), out, &n, md, nullptr) != 1)
    return Error::internal("EVP_Digest failed for " + std::string(alg));
  static const char* hex = "0123456789abcdef";
  std::string s;
  s.reserve(n * 2);
  for (unsigned i = 0; i < n; ++i) {
    s.push_back(hex[out[i] >> 4]);
    s.push_back(hex[out[i] & 15]);
  }
  return s;
}

AuditEntry entry_from_row(const store::Row& r) {
  AuditEntry e;
  e.seq = r.i64("seq");
  e.event.at_ms = r.i64("at_ms");
  e.event.account_id = r.opt_i64("account_id");
  e.event.actor = r.text("actor");
  e.event.roles = r.text("roles");
  e.event.action = r.text("action");
  e.event.object_type = r.text("object_type");
  e.event.object_id = r.text("object_id");
  e.event.summary = r.text("summary");
  e.event.client_addr = r.text("client_addr");
  e.event.success = r.i64("success") != 0;
  e.hash_alg = r.text("hash_alg");
  e.prev_hash = r.text("prev_hash");
  e.hash = r.text("hash");
  return e;
}

Status append_locked(store::Connection& conn, const AuditEvent& ev) {
  QF_TRY(store::Row head, conn.query_one(store::sql(conn, "audit/chain_head_lock")));
  const std::optional<ChainKey> key = chain_key();
  const std::optional<int64_t> keyed_from = head.opt_i64("keyed_from_seq");
  if (!key && keyed_from)
    return Error::make(ErrorKind::kUnavailable, "audit.key_missing",
                       "审计日志已启用密钥保护，但本进程没有读到服务器密钥文件（security.secret_key_file），无法写入审计记录",
                       "The audit log is keyed, but this process has not loaded the server secret key file "
                       "(security.secret_key_file): it cannot write audit entries",
                       "security.secret_key_file");
  AuditEntry e;
  e.seq = head.i64("last_seq") + 1;
  e.event = ev;
  e.hash_alg = key ? "hmac-" + hash_algorithm() + ":" + key->kid : hash_algorithm();
  e.prev_hash = head.text("last_hash");
  if (key) {
    QF_TRY(e.hash, hmac_hex(hash_algorithm(), key->mac_key, canonical(e)));
  } else {
    QF_TRY(e.hash, compute_hash(e));
  }
  QF_TRY(int64_t inserted,
         conn.execute(store::sql(conn, "audit/insert_entry"),
                      {e.seq, ev.at_ms, store::opt(ev.account_id), ev.actor, ev.roles, ev.action,
                       ev.object_type, ev.object_id, ev.summary, ev.client_addr,
                       int64_t{ev.success ? 1 : 0}, e.hash_alg, e.prev_hash, e.hash}));
  (void)inserted;
  int64_t updated = 0;
  if (key && !keyed_from) {
    // The first keyed entry: from here on every entry must be keyed (0030_audit_keyed.sql).
    QF_TRY(std::string mark, keyed_mark(*key, e.seq));
    QF_TRY(updated, conn.execute(store::sql(conn, "audit/chain_head_start_keying"), {e.seq, e.hash, e.seq, mark}));
  } else {
    QF_TRY(updated, conn.execute(store::sql(conn, "audit/chain_head_update"), {e.seq, e.hash}));
  }
  if (updated != 1) return Error::internal("audit_chain_head row missing");
  return {};
}

store::Params filter_params(const AuditFilter& f) {
  store::Params p;
  auto twice = [&p](store::Value v) { p.push_back(v); p.push_back(std::move(v)); };
  twice(store::opt(f.actor));
  twice(store::opt(f.action));
  twice(store::opt(f.object_type));
  twice(store::opt(f.object_id));
  twice(store::opt(f.from_ms));
  twice(store::opt(f.to_ms));
  return p;
}

}  // namespace

Status set_hash_algorithm(std::string_view name) {
  if (name != "sm3" && name != "sha256")
    return Error::invalid("config.audit.hash", "审计哈希算法只能是 sm3 或 sha256",
                          "audit.hash must be \"sm3\" or \"sha256\"", "audit.hash");
  std::lock_guard<std::mutex> lock(g_alg_mutex);
  g_alg = std::string(name);
  return {};
}

std::string hash_algorithm() {
  std::lock_guard<std::mutex> lock(g_alg_mutex);
  return g_alg;
}

std::string canonical(const AuditEntry& e) {
  std::string s;
  s.reserve(256 + e.event.summary.size());
  put(s, "seq", std::to_string(e.seq));
  put(s, "at_ms", std::to_string(e.event.at_ms));
  put(s, "account_id", e.event.account_id ? std::to_string(*e.event.account_id) : "");
  put(s, "actor", e.event.actor);
  put(s, "roles", e.event.roles);
  put(s, "action", e.event.action);
  put(s, "object_type", e.event.object_type);
  put(s, "object_id", e.event.object_id);
  put(s, "summary", e.event.summary);
  put(s, "client_addr", e.event.client_addr);
  put(s, "success", e.event.success ? "1" : "0");
  put(s, "hash_alg", e.hash_alg);
  put(s, "prev_hash", e.prev_hash);
  return s;
}

Result<std::string> compute_hash(const AuditEntry& e, const Keyring* ring) {
  if (e.hash_alg.rfind("hmac-", 0) != 0) return digest_hex(e.hash_alg, canonical(e));
  const size_t colon = e.hash_alg.find(':');
  if (colon == std::string::npos)
    return Error::invalid("audit.hash_alg", "审计日志哈希算法无法识别：" + e.hash_alg,
                          "Unknown audit hash algorithm: " + e.hash_alg, "audit.hash");
  const std::string alg = e.hash_alg.substr(5, colon - 5);
  const std::string kid = e.hash_alg.substr(colon + 1);
  const ChainKey* key = ring ? ring->find(kid) : nullptr;
  if (key == nullptr)
    return Error::make(ErrorKind::kUnavailable, "audit.key_missing",
                       "缺少审计日志密钥 " + kid + "（服务器密钥文件或其 .retired- 旧副本）",
                       "The audit key " + kid + " is not available (the server key file or a .retired- copy of it)",
                       "security.secret_key_file");
  return hmac_hex(alg, key->mac_key, canonical(e));
}

Result<std::string> keyed_mark(const ChainKey& key, int64_t seq) {
  QF_TRY(std::string mac, hmac_hex("sha256", key.mac_key, "qf-audit-keyed-from\n" + std::to_string(seq)));
  return key.kid + ":" + mac;
}

Status append(store::Connection& conn, const AuditEvent& event) {
  if (conn.in_transaction()) return append_locked(conn, event);
  QF_TRY_STATUS(conn.begin());
  Status st = append_locked(conn, event);
  if (!st.ok()) {
    (void)conn.rollback();
    return st;
  }
  return conn.commit();
}

Result<bool> start_keying(store::Connection& conn, int64_t now_ms, const std::string& client_addr) {
  const std::optional<ChainKey> key = chain_key();
  if (!key) return false;
  auto run = [&]() -> Result<bool> {
    QF_TRY(store::Row head, conn.query_one(store::sql(conn, "audit/chain_head_lock")));
    // Already keyed; or empty — then the first append starts keying by itself.
    if (head.opt_i64("keyed_from_seq") || head.i64("last_seq") == 0) return false;
    AuditEvent ev;
    ev.actor = "system";
    ev.action = "audit.chain_keyed";
    ev.object_type = "audit_log";
    ev.object_id = std::to_string(head.i64("last_seq") + 1);
    ev.summary = "审计日志自本条起以服务器密钥文件派生的密钥（" + key->kid +
                 "）保护 / the audit log is keyed from this entry on with a key derived from the server key file (" +
                 key->kid + ")";
    ev.client_addr = client_addr;
    ev.at_ms = now_ms;
    QF_TRY_STATUS(append_locked(conn, ev));
    return true;
  };
  if (conn.in_transaction()) return run();
  QF_TRY_STATUS(conn.begin());
  auto r = run();
  if (!r.ok() || !*r) {
    (void)conn.rollback();
    return r;
  }
  QF_TRY_STATUS(conn.commit());
  return true;
}

Result<std::pair<std::vector<AuditEntry>, int64_t>> query(store::Connection& conn, const AuditFilter& f) {
  store::Params p = filter_params(f);
  QF_TRY(store::Row count, conn.query_one(store::sql(conn, "audit/count_entries"), p));
  p.push_back(f.limit > 0 ? f.limit : int64_t{1} << 62);
  p.push_back(f.offset);
  QF_TRY(store::ResultSet rows,
         conn.query(store::sql(conn, f.oldest_first ? "audit/list_entries_asc" : "audit/list_entries_desc"), p));
  std::vector<AuditEntry> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(entry_from_row(r));
  return std::make_pair(std::move(out), count.i64("n"));
}

// Shared with audit_chain.cpp.
AuditEntry audit_entry_from_row(const store::Row& r) { return entry_from_row(r); }

}  // namespace qf::audit

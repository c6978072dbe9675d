// Walks the audit chain in pages of sequence numbers (memory stays flat on long logs),
// and makes and checks checkpoints. See audit_chain.h.
#include "domain/audit/audit_chain.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <map>

#include "domain/audit/audit_log.h"
#include "domain/auth/login.h"
#include "store/database.h"

namespace qf::audit {

AuditEntry audit_entry_from_row(const store::Row& r);  // audit_log.cpp

namespace {

constexpr int64_t kPage = 1000;
constexpr std::string_view kCheckpointType = "qingfeng-audit-checkpoint";

ChainVerdict bad(int64_t checked, int64_t seq, std::string problem, std::string detail_zh = {},
                 std::string detail_en = {}) {
  ChainVerdict v;
  v.ok = false;
  v.checked = checked;
  v.first_bad_seq = seq;
  v.problem = problem;
  const std::string n = std::to_string(seq);
  if (problem == "altered") {
    v.reason_zh = "审计日志第 " + n + " 条已被篡改（内容与哈希不符）";
    v.reason_en = "audit entry " + n + " was altered (its hash no longer matches its content)";
  } else if (problem == "removed") {
    v.reason_zh = "审计日志第 " + n + " 条已被删除";
    v.reason_en = "audit entry " + n + " was removed";
  } else if (problem == "reordered") {
    v.reason_zh = "审计日志第 " + n + " 条顺序被调换（与前一条的哈希链接不符）";
    v.reason_en = "audit entry " + n + " was reordered (it does not link to the entry before it)";
  } else if (problem == "unkeyed") {
    v.reason_zh = "审计日志第 " + n + " 条起没有密钥保护：" + detail_zh;
    v.reason_en = "audit entries from " + n + " on are not keyed: " + detail_en;
  } else if (problem == "key_missing") {
    v.reason_zh = "无法校验审计日志第 " + n + " 条：" + detail_zh;
    v.reason_en = "cannot verify audit entry " + n + ": " + detail_en;
  } else {  // checkpoint
    v.reason_zh = "审计日志与锚点不符（第 " + n + " 条）：" + detail_zh;
    v.reason_en = "the audit log does not match a checkpoint (entry " + n + "): " + detail_en;
  }
  return v;
}

std::string checkpoint_message(const Checkpoint& cp) {
  return std::string(kCheckpointType) + "/1\nseq=" + std::to_string(cp.seq) + "\nhash=" + cp.hash +
         "\nat_ms=" + std::to_string(cp.at_ms) + "\nkey_id=" + cp.kid + "\n";
}

}  // namespace

Result<ChainVerdict> verify_chain(store::Connection& conn, const Keyring* ring,
                                  const std::vector<Checkpoint>& checkpoints) {
  QF_TRY(store::Row head, conn.query_one(store::sql(conn, "audit/chain_head")));
  const int64_t head_seq = head.i64("last_seq");
  const std::string head_hash = head.text("last_hash");
  const std::optional<int64_t> keyed_from = head.opt_i64("keyed_from_seq");
  const std::optional<std::string> mark = head.opt_text("keyed_mark");

  // The marker: from which seq entries are keyed, MAC'd under the key.
  if (keyed_from) {
    const std::string m = mark.value_or("");
    const size_t colon = m.find(':');
    const std::string kid = colon == std::string::npos ? "" : m.substr(0, colon);
    const ChainKey* key = ring ? ring->find(kid) : nullptr;
    if (key == nullptr)
      return bad(0, *keyed_from, "key_missing",
                 "缺少审计日志密钥 " + kid + "（请提供服务器密钥文件及其 .retired- 旧副本）",
                 "the audit key " + kid + " is not available (give the server key file and its .retired- copies)");
    QF_TRY(std::string expect, keyed_mark(*key, *keyed_from));
    if (expect != m)
      return bad(0, *keyed_from, "unkeyed", "密钥保护起点标记已被改动", "the marker of where keying starts was edited");
  } else if (ring && !ring->empty() && head_seq > 0) {
    return bad(0, 1, "unkeyed",
               "没有密钥保护起点标记。若刚升级，请先运行 qingfeng migrate 或启动服务；否则标记已被删除（篡改）",
               "there is no marker of where keying starts. After an upgrade run qingfeng migrate or start the "
               "service first; otherwise the marker was removed (tampering)");
  }

  std::map<int64_t, const Checkpoint*> by_seq;
  for (const auto& cp : checkpoints) by_seq.emplace(cp.seq, &cp);
  int64_t reached = 0;

  int64_t expected = 1;
  std::string prev_hash(kGenesisHash);
  int64_t checked = 0;
  for (;;) {
    QF_TRY(store::ResultSet rows, conn.query(store::sql(conn, "audit/chain_page"), {expected - 1, kPage}));
    for (const auto& row : rows) {
      AuditEntry e = audit_entry_from_row(row);
      if (e.seq != expected) return bad(checked, expected, "removed");
      if (e.prev_hash != prev_hash) {
        // Linked to some other entry's hash: the entries were moved; otherwise the link
        // field itself was edited.
        QF_TRY(store::ResultSet owner, conn.query(store::sql(conn, "audit/seq_by_hash"), {e.prev_hash}));
        return bad(checked, e.seq, owner.empty() ? "altered" : "reordered");
      }
      const bool keyed = e.hash_alg.rfind("hmac-", 0) == 0;
      // From the marker on, an unkeyed entry is a downgrade: someone re-hashed it without the key.
      if (keyed_from && e.seq >= *keyed_from && !keyed) return bad(checked, e.seq, "altered");
      if (keyed && !keyed_from) return bad(checked, e.seq, "unkeyed", "没有密钥保护起点标记", "there is no keying marker");
      auto h = compute_hash(e, ring);
      if (!h.ok()) {
        if (h.error().code == "audit.key_missing")
          return bad(checked, e.seq, "key_missing", h.error().message_zh, h.error().message_en);
        return bad(checked, e.seq, "altered");
      }
      if (*h != e.hash) return bad(checked, e.seq, "altered");
      if (auto it = by_seq.find(e.seq); it != by_seq.end()) {
        if (it->second->hash != e.hash)
          return bad(checked, e.seq, "checkpoint", "该条的哈希与锚点记录的不同，日志在锚点之后被重写",
                     "its hash differs from the one the checkpoint recorded: the log was rewritten after it");
        ++reached;
      }
      prev_hash = e.hash;
      ++checked;
      ++expected;
    }
    if (static_cast<int64_t>(rows.size()) < kPage) break;
  }
  const int64_t last = expected - 1;
  for (const auto& [seq, cp] : by_seq) {
    if (seq > last)
      return bad(checked, last + 1, "checkpoint",
                 "锚点记录到第 " + std::to_string(seq) + " 条，现在只到第 " + std::to_string(last) +
                     " 条：末尾的记录被删除",
                 "the checkpoint recorded entry " + std::to_string(seq) + ", the log now ends at " +
                     std::to_string(last) + ": entries at the end were removed");
  }
  // Entries removed from the end leave the chain head pointing past the last one.
  if (last < head_seq) return bad(checked, expected, "removed");
  // Entries appended behind the chain head's back, or a head that no longer matches.
  if (last > head_seq) return bad(checked, head_seq + 1, "altered");
  if (head_seq > 0 && head_hash != prev_hash) return bad(checked, head_seq, "altered");
  ChainVerdict v;
  v.checked = checked;
  v.keyed_from = keyed_from;
  v.checkpoints_checked = reached;
  return v;
}

Result<Checkpoint> make_checkpoint(store::Connection& conn, const ChainKey& key, const Keyring& ring, int64_t now_ms) {
  QF_TRY(ChainVerdict v, verify_chain(conn, &ring));
  if (!v.ok)
    return Error::make(ErrorKind::kConflict, "audit.chain_broken", "审计日志校验未通过，不能导出锚点：" + v.reason_zh,
                       "The audit log does not verify, no checkpoint was made: " + v.reason_en);
  QF_TRY(store::Row head, conn.query_one(store::sql(conn, "audit/chain_head")));
  if (head.i64("last_seq") == 0)
    return Error::make(ErrorKind::kConflict, "audit.chain_empty", "审计日志为空，没有可导出的锚点",
                       "The audit log is empty: there is nothing to checkpoint");
  Checkpoint cp;
  cp.seq = head.i64("last_seq");
  cp.hash = head.text("last_hash");
  cp.at_ms = now_ms;
  cp.kid = key.kid;
  QF_TRY(cp.mac, hmac_hex("sha256", key.checkpoint_key, checkpoint_message(cp)));
  return cp;
}

std::string checkpoint_json(const Checkpoint& cp) {
  nlohmann::ordered_json j{{"type", kCheckpointType}, {"version", 1}, {"seq", cp.seq}, {"hash", cp.hash},
                           {"at_ms", cp.at_ms},       {"at", auth::beijing_time(cp.at_ms)},     {"key_id", cp.kid},
                           {"mac", cp.mac}};
  return j.dump(2) + "\n";
}

Result<Checkpoint> parse_checkpoint(const std::string& text, const Keyring& ring, const std::string& shown) {
  auto invalid = [&](const std::string& zh, const std::string& en) {
    return Error::invalid("audit.checkpoint_invalid", "锚点 " + shown + " " + zh, "Checkpoint " + shown + ": " + en,
                          shown);
  };
  auto j = nlohmann::json::parse(text, nullptr, false, true);
  if (j.is_discarded() || !j.is_object() || j.value("type", "") != kCheckpointType || !j.contains("seq") ||
      !j["seq"].is_number_integer() || !j.contains("hash") || !j["hash"].is_string() || !j.contains("at_ms") ||
      !j["at_ms"].is_number_integer() || !j.contains("key_id") || !j["key_id"].is_string() || !j.contains("mac") ||
      !j["mac"].is_string())
    return invalid("不是清风审计日志锚点文件（缺少 seq、hash、at_ms、key_id 或 mac）",
                   "is not a Qingfeng audit checkpoint (seq, hash, at_ms, key_id or mac missing)");
  Checkpoint cp;
  cp.seq = j["seq"].get<int64_t>();
  cp.hash = j["hash"].get<std::string>();
  cp.at_ms = j["at_ms"].get<int64_t>();
  cp.kid = j["key_id"].get<std::string>();
  cp.mac = j["mac"].get<std::string>();
  const ChainKey* key = ring.find(cp.kid);
  if (key == nullptr)
    return invalid("的密钥 " + cp.kid + " 不在服务器密钥文件或其 .retired- 旧副本中",
                   "was made with key " + cp.kid + ", which is in neither the server key file nor a .retired- copy");
  QF_TRY(std::string expect, hmac_hex("sha256", key->checkpoint_key, checkpoint_message(cp)));
  if (expect.size() != cp.mac.size() || sodium_memcmp(expect.data(), cp.mac.data(), expect.size()) != 0)
    return invalid("的校验码不符：锚点内容被改动过", "does not match its MAC: it was edited");
  return cp;
}

}  // namespace qf::audit

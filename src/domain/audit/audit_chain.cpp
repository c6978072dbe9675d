// Walks the audit chain in pages of sequence numbers (memory stays flat on long logs).
#include "domain/audit/audit_chain.h"

#include "domain/audit/audit_log.h"
#include "store/database.h"

namespace qf::audit {

AuditEntry audit_entry_from_row(const store::Row& r);  // audit_log.cpp

namespace {

constexpr int64_t kPage = 1000;

ChainVerdict bad(int64_t checked, int64_t seq, std::string problem) {
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
  } else {
    v.reason_zh = "审计日志第 " + n + " 条顺序被调换（与前一条的哈希链接不符）";
    v.reason_en = "audit entry " + n + " was reordered (it does not link to the entry before it)";
  }
  return v;
}

}  // namespace

Result<ChainVerdict> verify_chain(store::Connection& conn) {
  QF_TRY(store::Row head, conn.query_one(store::sql(conn, "audit/chain_head")));
  const int64_t head_seq = head.i64("last_seq");
  const std::string head_hash = head.text("last_hash");

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
      auto h = compute_hash(e);
      if (!h.ok() || *h != e.hash) return bad(checked, e.seq, "altered");
      prev_hash = e.hash;
      ++checked;
      ++expected;
    }
    if (static_cast<int64_t>(rows.size()) < kPage) break;
  }
  // Entries removed from the end leave the chain head pointing past the last one.
  if (expected - 1 < head_seq) return bad(checked, expected, "removed");
  // Entries appended behind the chain head's back, or a head that no longer matches.
  if (expected - 1 > head_seq) return bad(checked, head_seq + 1, "altered");
  if (head_seq > 0 && head_hash != prev_hash) return bad(checked, head_seq, "altered");
  ChainVerdict v;
  v.checked = checked;
  return v;
}

}  // namespace qf::audit

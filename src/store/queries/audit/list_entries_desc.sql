-- Audit entries matching the auditor's filters (each filter NULL = any), newest or oldest first.
-- Parameters: actor x2, action x2, object_type x2, object_id x2, from_ms x2, to_ms x2, limit, offset.
SELECT seq, at_ms, account_id, actor, roles, action, object_type, object_id, summary,
       client_addr, success, hash_alg, prev_hash, hash
FROM audit_log
WHERE (CAST(? AS TEXT) IS NULL OR actor = ?)
  AND (CAST(? AS TEXT) IS NULL OR action = ?)
  AND (CAST(? AS TEXT) IS NULL OR object_type = ?)
  AND (CAST(? AS TEXT) IS NULL OR object_id = ?)
  AND (CAST(? AS BIGINT) IS NULL OR at_ms >= ?)
  AND (CAST(? AS BIGINT) IS NULL OR at_ms < ?)
ORDER BY seq DESC
LIMIT ? OFFSET ?

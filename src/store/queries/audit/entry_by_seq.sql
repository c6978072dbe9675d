SELECT seq, at_ms, account_id, actor, roles, action, object_type, object_id, summary,
       client_addr, success, hash_alg, prev_hash, hash
FROM audit_log WHERE seq = ?

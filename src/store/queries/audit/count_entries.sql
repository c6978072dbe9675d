-- Number of audit entries matching the filters of list_entries_*.sql (same parameters, no paging).
SELECT COUNT(*) AS n
FROM audit_log
WHERE (CAST(? AS TEXT) IS NULL OR actor = ?)
  AND (CAST(? AS TEXT) IS NULL OR action = ?)
  AND (CAST(? AS TEXT) IS NULL OR object_type = ?)
  AND (CAST(? AS TEXT) IS NULL OR object_id = ?)
  AND (CAST(? AS BIGINT) IS NULL OR at_ms >= ?)
  AND (CAST(? AS BIGINT) IS NULL OR at_ms < ?)

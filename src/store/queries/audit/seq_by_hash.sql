SELECT seq FROM audit_log WHERE hash = ? ORDER BY seq LIMIT 1

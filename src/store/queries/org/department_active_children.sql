SELECT COUNT(*) AS n FROM departments WHERE parent_id = ? AND archived_at IS NULL

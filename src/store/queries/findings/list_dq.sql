-- A run's data-quality rows in file order; LIMIT -1 style paging is done by the caller.
SELECT id, seq, file, line, column_name, problem, value_sealed FROM findings_data_quality
WHERE run_id = ? ORDER BY seq LIMIT ? OFFSET ?

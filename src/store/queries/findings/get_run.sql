-- One run.
SELECT id, state, source, directory, cadres_from, declarations_from, as_of, progress, phase, summary_json, error_zh, error_en,
       findings_count, new_count, gone_count, dq_count, created_by, created_at, started_at, finished_at
FROM findings_runs WHERE id = ?

-- Findings a run no longer produced.
UPDATE findings SET present = 0 WHERE present = 1 AND last_run_id <> ?

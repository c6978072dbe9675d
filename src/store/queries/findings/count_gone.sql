-- How many findings a run no longer produced.
SELECT COUNT(*) AS n FROM findings WHERE present = 1 AND last_run_id <> ?

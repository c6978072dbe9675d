-- How many runs.
SELECT COUNT(*) AS n FROM findings_runs

-- How many data-quality rows a run has.
SELECT COUNT(*) AS n FROM findings_data_quality WHERE run_id = ?

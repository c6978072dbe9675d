-- Runs a stopped server left queued or running.
UPDATE findings_runs SET state = 'failed', phase = 'failed', error_zh = ?, error_en = ?, finished_at = ?
WHERE state IN ('queued', 'running')

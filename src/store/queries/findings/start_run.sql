-- The worker takes a queued run.
UPDATE findings_runs SET state = 'running', progress = 5, phase = 'prepare', started_at = ? WHERE id = ? AND state = 'queued'

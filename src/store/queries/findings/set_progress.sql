-- A running run's stage.
UPDATE findings_runs SET progress = ?, phase = ? WHERE id = ? AND state = 'running'

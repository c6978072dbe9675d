-- Moves a run from one state to another (none when it is no longer in `from`).
UPDATE findings_runs SET state = ?, progress = ?, phase = ? WHERE id = ? AND state = ?

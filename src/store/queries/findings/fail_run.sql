-- A run that failed, with the reason in both languages.
UPDATE findings_runs SET state = 'failed', phase = 'failed', error_zh = ?, error_en = ?, finished_at = ? WHERE id = ?

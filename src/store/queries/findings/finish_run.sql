-- A run that completed, with its figures.
UPDATE findings_runs SET state = 'done', progress = 100, phase = 'done', summary_json = ?, findings_count = ?,
       new_count = ?, gone_count = ?, dq_count = ?, finished_at = ? WHERE id = ?

-- A finding first seen in a run (content sealed afterwards: the seal names the row id).
INSERT INTO findings (key_digest, rule, severity, cadre_id, person_id, department, content_sealed, first_run_id,
                      last_run_id, first_seen_at, last_seen_at, present, status, updated_at)
VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, 1, 'open', ?) RETURNING id

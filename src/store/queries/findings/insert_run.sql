-- A new run (state uploading or queued).
INSERT INTO findings_runs (state, source, directory, cadres_from, declarations_from, as_of, progress, phase, created_by,
                           created_at)
VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?) RETURNING id

-- One data-quality row of a run.
INSERT INTO findings_data_quality (run_id, seq, file, line, column_name, problem, value_sealed)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id

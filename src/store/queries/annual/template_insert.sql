INSERT INTO annual_template (id, title, body, organ_mark, number_prefix, copy_to, printer, version, updated_by, updated_at)
VALUES (1, ?, ?, ?, ?, ?, ?, 1, ?, ?)

INSERT INTO annual_reports (year, title, unit_name, issue_date, body, organ_mark, number_prefix, copy_to, printer, status,
                            version, created_by, created_at, updated_by, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?, ?) RETURNING id

INSERT INTO declarations (person_id, report_year, kind, form_revision, status, content_sealed, version, created_by,
                          created_at, updated_at)
VALUES (?, ?, ?, ?, 'draft', '', 1, ?, ?, ?) RETURNING id

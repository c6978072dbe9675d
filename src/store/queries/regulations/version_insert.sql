INSERT INTO regulation_versions (regulation_id, version_no, title, doc_number, issuing_body, effective_on,
                                 full_text, change_note, created_by, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

INSERT INTO verification_items (member_id, person_id, form_revision, status, content_sealed, version, created_by,
                                created_at, updated_at)
VALUES (?, ?, ?, 'awaiting_explanation', '', 1, ?, ?, ?) RETURNING id

INSERT INTO study_sessions (kind, held_on, topic, speaker, place, materials, branch_id, created_by, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

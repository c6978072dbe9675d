INSERT INTO risk_acknowledgements (person_id, object_type, object_id, revision, acknowledged_at)
VALUES (?, ?, ?, ?, ?) RETURNING id

INSERT INTO integrity_talks (kind, talk_date, talker_person_id, talker_name, location, clue_id,
                             created_by, created_at, updated_at, sealed)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id

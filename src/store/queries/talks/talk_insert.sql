INSERT INTO integrity_talks (kind, talk_date, talker_person_id, talker_name, location, summary, follow_up, clue_id,
                             created_by, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id

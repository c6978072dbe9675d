SELECT t.id, t.kind, t.talk_date, t.talker_person_id, t.talker_name, t.location, t.summary, t.follow_up, t.sealed, t.clue_id,
       t.created_by, t.created_at, t.updated_at, t.archived_at, COALESCE(t.archive_reason, '') AS archive_reason
FROM integrity_talks t
WHERE t.id = ?

-- The integrity talks a person took part in (not archived), latest first.
SELECT t.id, t.kind, t.talk_date, t.talker_name, t.clue_id
FROM integrity_talks t JOIN talk_participants tp ON tp.talk_id = t.id
WHERE tp.person_id = ? AND t.archived_at IS NULL ORDER BY t.talk_date DESC, t.id DESC

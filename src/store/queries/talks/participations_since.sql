-- Who took part in which (not archived) talk of which kind, from a date on.
SELECT tp.person_id, t.kind, t.talk_date
FROM talk_participants tp
JOIN integrity_talks t ON t.id = tp.talk_id
WHERE tp.person_id IS NOT NULL AND t.archived_at IS NULL AND t.talk_date >= ?

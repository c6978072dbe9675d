SELECT t.id, t.kind, t.talk_date FROM integrity_talks t WHERE t.archived_at IS NULL ORDER BY t.id

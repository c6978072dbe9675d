-- Spends a challenge; no row is inserted when it was spent before (the caller refuses).
-- ON CONFLICT rather than a unique violation: on PostgreSQL a violation would abort the
-- transaction that also counts the attempt, and the attempt must count.
INSERT INTO report_spent_challenges (challenge_id, expires_at) VALUES (?, ?) ON CONFLICT (challenge_id) DO NOTHING

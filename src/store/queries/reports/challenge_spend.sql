INSERT INTO report_spent_challenges (challenge_id, expires_at) VALUES (?, ?)

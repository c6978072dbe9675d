DELETE FROM report_spent_challenges WHERE expires_at < ?

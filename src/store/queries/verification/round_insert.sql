INSERT INTO verification_rounds (round_year, sample_percent, created_by, created_at) VALUES (?, ?, ?, ?) RETURNING id

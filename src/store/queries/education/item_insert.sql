INSERT INTO education_items (kind, number, year, seq, title, body, category, rules_broken, lessons, source,
                             published_on, audience, created_by, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

INSERT INTO regulations (category, first_effective_on, repealed_on, created_by, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?)
RETURNING id

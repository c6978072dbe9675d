-- The demo's owner of a department's measures: its leading cadre placed there first.
SELECT id FROM people WHERE department_id = ? AND archived_at IS NULL ORDER BY is_leading_cadre DESC, id LIMIT 1

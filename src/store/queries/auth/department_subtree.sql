-- A department and all departments below it (archived ones included: their records stay in scope).
WITH RECURSIVE sub(id) AS (
  SELECT id FROM departments WHERE id = ?
  UNION
  SELECT d.id FROM departments d JOIN sub ON d.parent_id = sub.id
)
SELECT id FROM sub

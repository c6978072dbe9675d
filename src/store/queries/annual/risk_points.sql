-- Risk points registered before the end of the year (created_at before the given instant).
SELECT r.id, r.department_id, r.category, r.description, r.level, r.status, r.created_at
FROM risk_points r
WHERE r.created_at < ?
ORDER BY r.id

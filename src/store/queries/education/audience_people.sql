-- The active people an audience reaches (the condition over alias p spliced by the caller).
SELECT p.id, p.department_id FROM people p
WHERE p.status = 'active' AND p.archived_at IS NULL AND (/*WHO*/)
ORDER BY p.id

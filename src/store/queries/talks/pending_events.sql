-- Position events that may require a talk (the kinds are spliced in as ?
-- placeholders) on or after a date, of people still active.
SELECT e.id, e.person_id, p.name, e.kind, e.effective_date, COALESCE(e.department_id, p.department_id) AS department_id,
       COALESCE(d.name, '') AS department_name,
       (SELECT COUNT(*) FROM position_events e2
        WHERE e2.person_id = e.person_id
          AND (e2.effective_date < e.effective_date OR (e2.effective_date = e.effective_date AND e2.id < e.id))) AS earlier_events
FROM position_events e
JOIN people p ON p.id = e.person_id
LEFT JOIN departments d ON d.id = COALESCE(e.department_id, p.department_id)
WHERE e.kind IN (/*KINDS*/) AND e.effective_date >= ? AND p.status = 'active' AND p.archived_at IS NULL
ORDER BY e.effective_date, e.id

-- The answers of one request, with the people's placement and who approved.
SELECT o.id, o.request_id, o.person_id, o.status, o.text_sealed, o.grounds_sealed, o.drafted_at, o.edited_at,
       o.approved_at, o.number, o.version, p.name AS person_name, p.employee_no,
       COALESCE(dp.name, '') AS department_name, COALESCE(ps.name, '') AS position_name,
       COALESCE(ap.display_name, '') AS approved_by_name, COALESCE(ed.display_name, '') AS edited_by_name
FROM opinion_answers o JOIN people p ON p.id = o.person_id
     LEFT JOIN departments dp ON dp.id = p.department_id LEFT JOIN positions ps ON ps.id = p.position_id
     LEFT JOIN accounts ap ON ap.id = o.approved_by LEFT JOIN accounts ed ON ed.id = o.edited_by
WHERE o.request_id = ? ORDER BY o.id

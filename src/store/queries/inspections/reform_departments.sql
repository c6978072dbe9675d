-- The departments of the checks of several case reforms (ids spliced by the caller).
SELECT cd.check_id, d.id, d.name
FROM inspection_check_departments cd
JOIN departments d ON d.id = cd.department_id
WHERE cd.check_id IN (/*IDS*/)
ORDER BY cd.check_id, d.sort_order, d.id

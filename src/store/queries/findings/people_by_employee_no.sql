-- The organisation's people by number (to link a finding's cadre to its person).
SELECT p.id, p.employee_no, p.name, d.name AS department FROM people p LEFT JOIN departments d ON d.id = p.department_id
WHERE p.status = 'active'

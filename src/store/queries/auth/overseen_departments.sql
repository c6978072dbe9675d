-- Departments a person oversees (分管) on a date 'YYYY-MM-DD'.
SELECT department_id FROM department_oversight
WHERE person_id = ? AND since_date <= ? AND (until_date IS NULL OR until_date >= ?)

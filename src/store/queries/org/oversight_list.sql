SELECT id, person_id, department_id, since_date, COALESCE(until_date, '') AS until_date
FROM department_oversight WHERE (CAST(? AS BIGINT) IS NULL OR person_id = ?) ORDER BY person_id, department_id, id

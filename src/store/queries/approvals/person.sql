-- A person's record: may they apply, which chain, where are they placed?
SELECT id, name, is_leading_cadre, status, department_id, branch_id FROM people WHERE id = ?

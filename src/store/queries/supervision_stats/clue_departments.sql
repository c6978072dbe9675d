SELECT cp.clue_id, cp.department_id FROM clue_persons cp ORDER BY cp.clue_id, cp.ord

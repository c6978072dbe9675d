-- The population of the yearly draw: the active leading cadres, by id (the recorded order).
SELECT id FROM people WHERE is_leading_cadre = 1 AND status = 'active' ORDER BY id

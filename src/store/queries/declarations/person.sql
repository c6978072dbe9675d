-- The caller's own person record: is it an active leading cadre?
SELECT id, name, is_leading_cadre, status FROM people WHERE id = ?

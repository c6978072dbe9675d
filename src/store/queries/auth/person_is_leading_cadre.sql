SELECT COUNT(*) AS n FROM people WHERE id = ? AND is_leading_cadre = 1

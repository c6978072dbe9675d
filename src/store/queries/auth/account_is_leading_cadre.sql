-- Whether the account belongs to a leading cadre, whose own personal-matters reports it reads.
SELECT COUNT(*) AS n FROM accounts a JOIN people p ON p.id = a.person_id
WHERE a.id = ? AND p.is_leading_cadre = 1

-- The round of a year, if any.
SELECT id FROM verification_rounds WHERE round_year = ?

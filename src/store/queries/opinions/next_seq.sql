-- The next number of a year's approved replies.
SELECT COALESCE(MAX(number_seq), 0) + 1 AS n FROM opinion_answers WHERE number_year = ?

-- The next never-used check number of a year, inside the caller's transaction.
INSERT INTO inspection_number_counters (year, last_seq) VALUES (?, 1)
ON CONFLICT (year) DO UPDATE SET last_seq = inspection_number_counters.last_seq + 1
RETURNING last_seq

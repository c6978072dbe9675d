-- The next never-used number of a kind of item in a year, inside the caller's transaction.
INSERT INTO education_number_counters (year, kind, last_seq) VALUES (?, ?, 1)
ON CONFLICT (year, kind) DO UPDATE SET last_seq = education_number_counters.last_seq + 1
RETURNING last_seq

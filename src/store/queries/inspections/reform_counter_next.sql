-- The next never-used case-reform number of a year, inside the caller's transaction.
INSERT INTO case_reform_counters (year, last_seq) VALUES (?, 1)
ON CONFLICT (year) DO UPDATE SET last_seq = case_reform_counters.last_seq + 1
RETURNING last_seq

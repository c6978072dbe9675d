-- The next never-used sequence number of a year: raises the year's high-water mark
-- inside the caller's transaction (the row lock serialises concurrent registrations).
INSERT INTO clue_number_counters (year, high_water) VALUES (?, 1)
ON CONFLICT (year) DO UPDATE SET high_water = clue_number_counters.high_water + 1
RETURNING high_water

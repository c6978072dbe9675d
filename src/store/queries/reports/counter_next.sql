-- The next never-used register sequence of a year (row lock serialises registrations).
INSERT INTO report_number_counters (year, high_water) VALUES (?, 1)
ON CONFLICT (year) DO UPDATE SET high_water = report_number_counters.high_water + 1
RETURNING high_water

-- Counts one hit in a window and returns the count so far.
INSERT INTO report_rate_counters (bucket, window_start, hits) VALUES (?, ?, 1)
ON CONFLICT (bucket, window_start) DO UPDATE SET hits = report_rate_counters.hits + 1
RETURNING hits

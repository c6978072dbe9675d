-- Counts one login attempt from an address in the current minute window; returns the count.
INSERT INTO login_rate (client_addr, window_start, attempts) VALUES (?, ?, 1)
ON CONFLICT (client_addr, window_start) DO UPDATE SET attempts = login_rate.attempts + 1
RETURNING attempts

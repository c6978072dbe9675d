-- The delay of one (name typed, address) subject: blocked_until (0 when none).
SELECT failures, blocked_until FROM login_throttle WHERE subject = ?

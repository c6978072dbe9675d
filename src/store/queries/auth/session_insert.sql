INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at, client_addr, user_agent)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

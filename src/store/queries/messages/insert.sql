-- A reminder as a new message; an existing (account, event) pair is left as it is.
INSERT INTO inbox_messages (account_id, kind, source, event_key, title_zh, title_en, link, object_type, object_id,
                            due_date, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, event_key) DO NOTHING

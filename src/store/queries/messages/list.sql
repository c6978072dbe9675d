-- One account's messages, newest first; the WHERE marker holds the status/kind filters.
SELECT id, kind, source, event_key, title_zh, title_en, link, object_type, object_id, due_date, created_at, read_at,
       resolved_at
FROM inbox_messages m WHERE m.account_id = ? /*WHERE*/ ORDER BY m.created_at DESC, m.id DESC LIMIT ? OFFSET ?

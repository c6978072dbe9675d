SELECT id, kind, source, event_key, title_zh, title_en, link, object_type, object_id, due_date, created_at, read_at,
       resolved_at
FROM inbox_messages WHERE id = ? AND account_id = ?

INSERT INTO report_messages (report_id, ord, direction, body_sealed, author_account_id, in_reply_to, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id

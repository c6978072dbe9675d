INSERT INTO clue_links (kind, from_clue_id, to_clue_id, from_number, to_number, actor_id, actor_name, at_ms, opinion)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

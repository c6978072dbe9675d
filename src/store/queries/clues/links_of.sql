SELECT id, kind, from_clue_id, to_clue_id, from_number, to_number, actor_id, actor_name, at_ms, opinion
FROM clue_links WHERE from_clue_id = ? OR to_clue_id = ? ORDER BY at_ms, id

-- The finding a clue was made from.
SELECT id FROM findings WHERE clue_id = ?

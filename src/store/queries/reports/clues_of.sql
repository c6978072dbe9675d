SELECT c.id, c.number FROM report_clues rc JOIN clues c ON c.id = rc.clue_id
WHERE rc.report_id = ? ORDER BY c.id

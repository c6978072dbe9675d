INSERT INTO report_clues (report_id, clue_id) VALUES (?, ?)

INSERT INTO coop_visit_scores (visit_id, item, score) VALUES (?, ?, ?)

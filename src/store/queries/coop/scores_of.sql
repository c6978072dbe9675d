SELECT visit_id, item, score FROM coop_visit_scores WHERE visit_id IN (/*IDS*/)

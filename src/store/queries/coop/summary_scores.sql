-- Per partner and feedback item: the sum and number of scores (averaged by the caller).
SELECT v.partner_id, s.item, SUM(s.score) AS total, COUNT(*) AS n
FROM coop_visit_scores s JOIN coop_visits v ON v.id = s.visit_id
GROUP BY v.partner_id, s.item

-- Per partner: trainings, notices each way, visits and the last visit.
SELECT p.id, p.name,
       (SELECT COUNT(*) FROM coop_trainings t WHERE t.partner_id = p.id) AS trainings,
       (SELECT COUNT(*) FROM coop_notices n WHERE n.partner_id = p.id AND n.direction = 'out') AS notices_out,
       (SELECT COUNT(*) FROM coop_notices n WHERE n.partner_id = p.id AND n.direction = 'in') AS notices_in,
       (SELECT COUNT(*) FROM coop_visits v WHERE v.partner_id = p.id) AS visits,
       (SELECT MAX(v.visited_on) FROM coop_visits v WHERE v.partner_id = p.id) AS last_visit_on
FROM coop_partners p
WHERE p.archived_at IS NULL
ORDER BY p.name, p.id

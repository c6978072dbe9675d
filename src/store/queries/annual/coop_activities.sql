-- Co-construction records: joint trainings and seminars (coop_trainings.kind), return
-- visits and integrity notices, each with the date that places it in a year.
SELECT t.kind AS what, t.id AS id, t.held_on AS day, t.topic AS title, p.name AS partner
FROM coop_trainings t JOIN coop_partners p ON p.id = t.partner_id
UNION ALL
SELECT 'visit' AS what, v.id AS id, v.visited_on AS day, '回访' AS title, p.name AS partner
FROM coop_visits v JOIN coop_partners p ON p.id = v.partner_id
UNION ALL
SELECT 'notice' AS what, n.id AS id, n.issued_on AS day, n.notice_no AS title, p.name AS partner
FROM coop_notices n JOIN coop_partners p ON p.id = n.partner_id
ORDER BY day, what, id

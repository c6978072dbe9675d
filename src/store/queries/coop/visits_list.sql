SELECT v.id, v.partner_id, p.name AS partner_name, v.visited_on, v.visitors, v.interviewees, v.sealed_comments,
       v.created_at
FROM coop_visits v JOIN coop_partners p ON p.id = v.partner_id
WHERE /*WHERE*/
ORDER BY v.visited_on DESC, v.id DESC

SELECT t.id, t.partner_id, t.kind, p.name AS partner_name, t.held_on, t.topic, t.place, t.our_participants,
       t.partner_participants, t.created_at
FROM coop_trainings t JOIN coop_partners p ON p.id = t.partner_id
WHERE /*WHERE*/
ORDER BY t.held_on DESC, t.id DESC

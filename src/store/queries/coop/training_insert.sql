INSERT INTO coop_trainings (partner_id, held_on, topic, place, our_participants, partner_participants, created_by,
                            created_at, kind)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

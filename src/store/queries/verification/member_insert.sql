INSERT INTO verification_members (round_id, person_id, sampled, draw_order, candidate, candidate_sealed, created_by,
                                  created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id

-- One person's answer, drafted; its sealed values are written next (they are bound to the id).
INSERT INTO opinion_answers (request_id, person_id, status, text_sealed, grounds_sealed, drafted_at)
VALUES (?, ?, 'drafted', '', '', ?) RETURNING id

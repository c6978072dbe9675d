-- The request an answer belongs to.
SELECT o.request_id, o.person_id, o.status FROM opinion_answers o WHERE o.id = ?

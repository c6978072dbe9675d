-- Active discipline secretaries and the drafted answers awaiting their approval (never one about themselves).
SELECT a.id AS account_id, o.id AS answer_id, o.request_id
FROM opinion_answers o JOIN accounts a ON a.status = 'active'
WHERE o.status = 'drafted' AND (a.person_id IS NULL OR a.person_id <> o.person_id)
  AND EXISTS (SELECT 1 FROM role_grants g WHERE g.account_id = a.id AND g.role = 'discipline_secretary')
ORDER BY a.id, o.id

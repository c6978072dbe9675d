-- Assignments in force of active accounts to the clues of clues/due_ids (same ?).
SELECT ca.clue_id, ca.account_id, ca.part
FROM clue_assignments ca
JOIN clues c ON c.id = ca.clue_id
JOIN accounts a ON a.id = ca.account_id
WHERE ca.ended_at IS NULL AND a.status = 'active'
  AND c.next_due_date IS NOT NULL AND c.next_due_date < ? AND c.state NOT IN ('closed', 'split', 'merged')
ORDER BY ca.clue_id, ca.account_id

-- Assignments in force of active accounts to the clues of clues/awaiting_signature_ids.
SELECT ca.clue_id, ca.account_id, ca.part
FROM clue_assignments ca
JOIN clues c ON c.id = ca.clue_id
JOIN accounts a ON a.id = ca.account_id
WHERE ca.ended_at IS NULL AND a.status = 'active' AND c.state IN ('disposition_pending', 'outcome_pending')
ORDER BY ca.clue_id, ca.account_id

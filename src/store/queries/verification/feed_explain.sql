-- Accounts (with a business role) of people who have items awaiting their explanation.
SELECT a.id AS account_id, i.id AS item_id, r.round_year
FROM verification_items i JOIN accounts a ON a.person_id = i.person_id
     JOIN verification_members m ON m.id = i.member_id JOIN verification_rounds r ON r.id = m.round_id
WHERE i.status = 'awaiting_explanation' AND a.status = 'active'
  AND EXISTS (SELECT 1 FROM role_grants g WHERE g.account_id = a.id AND g.role NOT IN ('sysadmin', 'secadmin', 'auditor'))
ORDER BY a.id, i.id

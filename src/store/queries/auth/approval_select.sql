-- Approvals with the names of the people involved; the filter is spliced in below.
SELECT p.id, p.kind, p.account_id, t.username AS account_username, t.display_name AS account_name,
       p.requested_by, COALESCE(r.username, '') AS requester_username, p.requested_at, p.grants, p.summary,
       p.status, p.decided_by, COALESCE(d.display_name, '') AS decider_name, p.decided_at, p.opinion
FROM account_approvals p
JOIN accounts t ON t.id = p.account_id
LEFT JOIN accounts r ON r.id = p.requested_by
LEFT JOIN accounts d ON d.id = p.decided_by
WHERE /*WHERE*/
ORDER BY p.id DESC
LIMIT 200

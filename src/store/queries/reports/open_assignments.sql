-- Reports under review and the active accounts assigned to them (message centre).
SELECT ra.report_id, ra.account_id, r.register_number
FROM report_assignments ra
JOIN reports r ON r.id = ra.report_id
JOIN accounts a ON a.id = ra.account_id
WHERE a.status = 'active' AND r.status = 'under_review'
ORDER BY ra.report_id, ra.account_id

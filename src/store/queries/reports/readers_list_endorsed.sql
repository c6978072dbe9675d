-- Enrolled readers with how many reports they hold a key of, and their endorsement.
SELECT r.account_id, a.display_name, a.username, r.enrolled_at, r.endorsed_at,
       COALESCE(e.display_name, '') AS endorsed_by_name,
       (SELECT COUNT(DISTINCT w.report_id) FROM report_key_wraps w
         WHERE w.account_id = r.account_id AND w.report_id IS NOT NULL) AS reports
FROM report_readers r JOIN accounts a ON a.id = r.account_id
LEFT JOIN accounts e ON e.id = r.endorsed_by
ORDER BY r.account_id

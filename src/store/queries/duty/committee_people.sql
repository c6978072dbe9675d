-- People behind active committee-member accounts (班子成员), whoever oversees nothing yet.
SELECT DISTINCT p.id, p.name FROM people p
JOIN accounts a ON a.person_id = p.id
JOIN role_grants g ON g.account_id = a.id
WHERE a.status = 'active' AND g.role = 'committee_member' AND p.archived_at IS NULL
ORDER BY p.name, p.id

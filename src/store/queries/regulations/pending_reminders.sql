-- Every assignment to read a latest version not yet acknowledged (regulations not
-- repealed on the day bound), with the active accounts of the assigned person.
SELECT ac.id AS account_id, r.id, v.id AS version_id, v.version_no, v.title, v.doc_number
FROM regulation_assignments a
JOIN regulations r ON r.latest_version_id = a.version_id
JOIN regulation_versions v ON v.id = a.version_id
JOIN accounts ac ON ac.person_id = a.person_id AND ac.status = 'active'
WHERE a.acknowledged_at IS NULL AND (r.repealed_on IS NULL OR r.repealed_on > ?)
ORDER BY ac.id, r.id

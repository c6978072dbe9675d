-- The reader's assignments to read a latest version not yet acknowledged, of
-- regulations not repealed on the day bound second.
SELECT COUNT(*) AS n
FROM regulation_assignments a
JOIN regulations r ON r.latest_version_id = a.version_id
WHERE a.person_id = ? AND a.acknowledged_at IS NULL AND (r.repealed_on IS NULL OR r.repealed_on > ?)

-- The reform notices that led to versions of a regulation (the caller keeps those the
-- reader may see).
SELECT rc.case_reform_id, rc.note, v.version_no
FROM case_reform_rule_changes rc
JOIN regulation_versions v ON v.id = rc.version_id
WHERE rc.regulation_id = ?
ORDER BY v.version_no, rc.id

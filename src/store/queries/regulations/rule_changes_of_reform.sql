-- The regulation versions a reform notice led to (规章制度修订), oldest link first.
SELECT rc.id, rc.regulation_id, rc.note, rc.created_at, v.version_no, v.title, v.doc_number, v.effective_on,
       v.change_note
FROM case_reform_rule_changes rc
JOIN regulation_versions v ON v.id = rc.version_id
WHERE rc.case_reform_id = ?
ORDER BY rc.id

-- The regulation an interpretation (education item) names, with the latest title and the
-- named version's number and title (NULL when it names the regulation as a whole).
SELECT ri.regulation_id, lv.title AS regulation_title, lv.doc_number, v.version_no, v.title AS version_title
FROM regulation_interpretations ri
JOIN regulations g ON g.id = ri.regulation_id
JOIN regulation_versions lv ON lv.id = g.latest_version_id
LEFT JOIN regulation_versions v ON v.id = ri.version_id
WHERE ri.education_item_id = ?

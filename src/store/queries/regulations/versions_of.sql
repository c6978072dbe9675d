-- Every version of a regulation, newest first, without the full text.
SELECT id, version_no, title, doc_number, issuing_body, effective_on, change_note, created_at
FROM regulation_versions
WHERE regulation_id = ?
ORDER BY version_no DESC

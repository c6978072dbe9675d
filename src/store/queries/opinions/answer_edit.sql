-- The discipline committee's wording of a drafted answer (only while drafted, only at the version read).
UPDATE opinion_answers SET text_sealed = ?, edited_by = ?, edited_at = ?, version = version + 1
WHERE id = ? AND version = ? AND status = 'drafted'

-- A new draft from the record as it is now (only while drafted, only at the version read).
UPDATE opinion_answers SET text_sealed = ?, grounds_sealed = ?, drafted_at = ?, edited_by = NULL, edited_at = NULL,
       version = version + 1
WHERE id = ? AND version = ? AND status = 'drafted'

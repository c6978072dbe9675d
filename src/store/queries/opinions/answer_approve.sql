-- Approval: the number, and the answer is archived (no statement changes an approved one).
UPDATE opinion_answers SET status = 'approved', approved_by = ?, approved_at = ?, number_year = ?, number_seq = ?,
       number = ?, version = version + 1
WHERE id = ? AND version = ? AND status = 'drafted'

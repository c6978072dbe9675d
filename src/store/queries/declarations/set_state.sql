-- Moves a report from one state to another when the version still matches.
UPDATE declarations SET status = ?, version = version + 1, updated_at = ?,
       submitted_at = CASE WHEN ? = 'submitted' THEN ? ELSE submitted_at END,
       accepted_at = CASE WHEN ? = 'accepted' THEN ? ELSE accepted_at END,
       accepted_by = CASE WHEN ? = 'accepted' THEN ? ELSE accepted_by END
WHERE id = ? AND status = ? AND version = ?

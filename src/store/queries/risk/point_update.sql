-- A department's change: back to review, next revision.
UPDATE risk_points SET position_id = ?, category = ?, description = ?, likelihood = ?, impact = ?, level = ?,
  status = 'submitted', return_reason = NULL, revision = revision + 1, updated_at = ?, updated_by = ?
WHERE id = ?

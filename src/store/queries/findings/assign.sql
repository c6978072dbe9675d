-- Assigns a finding to a handler (open or assigned findings only).
UPDATE findings SET status = 'assigned', assignee_id = ?, version = version + 1, updated_at = ?
WHERE id = ? AND status IN ('open', 'assigned')

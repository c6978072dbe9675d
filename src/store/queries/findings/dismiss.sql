-- Dismisses a finding with a sealed reason.
UPDATE findings SET status = 'dismissed', dismiss_reason_sealed = ?, handled_by = ?, handled_at = ?,
       version = version + 1, updated_at = ? WHERE id = ? AND status IN ('open', 'assigned')

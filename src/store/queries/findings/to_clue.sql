-- Records the clue a finding became.
UPDATE findings SET status = 'clue', clue_id = ?, handled_by = ?, handled_at = ?, version = version + 1,
       updated_at = ? WHERE id = ? AND status IN ('open', 'assigned')

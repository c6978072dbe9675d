-- A state change, only from the version the caller saw.
UPDATE approval_requests SET status = ?, chain = ?, step = ?, acting_role = ?, depart_date = ?, return_date = ?,
       decided_at = ?, version = version + 1, updated_at = ?
WHERE id = ? AND version = ?

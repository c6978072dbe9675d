UPDATE regulations SET repealed_on = ?, repeal_reason = ?, updated_at = ?
WHERE id = ? AND repealed_on IS NULL

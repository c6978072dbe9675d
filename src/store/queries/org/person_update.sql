-- Personal details only; placement (department, position, rank, status) changes only
-- through position events (person_place).
UPDATE people SET name = ?, gender = ?, id_number = ?, branch_id = ?, is_leading_cadre = ?, party_status = ?,
                  joined_date = ?, phone = ?, updated_at = ?
WHERE id = ?

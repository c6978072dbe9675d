UPDATE coop_partners
SET name = ?, contact_name = ?, contact_phone = ?, agreement_no = ?, agreement_signed_on = ?, agreement_start = ?,
    agreement_end = ?, agreement_summary = ?, status = ?, updated_at = ?
WHERE id = ?

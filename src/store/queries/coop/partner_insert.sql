INSERT INTO coop_partners (name, contact_name, contact_phone, agreement_no, agreement_signed_on, agreement_start,
                           agreement_end, agreement_summary, status, created_by, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

INSERT INTO coop_notices (partner_id, direction, notice_no, issued_on, signed_at, signer_unit, signer_fingerprint,
                          file_sha256, created_by, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

-- Notices both ways, newest first; the caller splices the filters.
SELECT n.id, n.partner_id, p.name AS partner_name, n.direction, n.notice_no, n.issued_on, n.signed_at, n.signer_unit,
       n.signer_fingerprint, n.file_sha256, n.sealed_file, n.created_at
FROM coop_notices n JOIN coop_partners p ON p.id = n.partner_id
WHERE /*WHERE*/
ORDER BY n.issued_on DESC, n.id DESC
LIMIT ? OFFSET ?

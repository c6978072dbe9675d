-- Partner units with how many keys they have retired; archived ones only when asked
-- (the caller splices the archive condition).
SELECT p.id, p.name, p.contact_name, p.contact_phone, p.agreement_no, p.agreement_signed_on, p.agreement_start,
       p.agreement_end, p.agreement_summary, p.status, p.public_key, p.key_fingerprint, p.key_registered_at,
       p.created_at, p.updated_at, p.archived_at, p.archive_reason,
       (SELECT COUNT(*) FROM coop_partner_keys k WHERE k.partner_id = p.id AND k.retired_at IS NOT NULL) AS keys_replaced
FROM coop_partners p
WHERE /*WHERE*/
ORDER BY p.archived_at IS NOT NULL, p.name, p.id

INSERT INTO coop_partner_keys (partner_id, public_key, key_fingerprint, reason, registered_by, registered_at)
VALUES (?, ?, ?, ?, ?, ?)
RETURNING id

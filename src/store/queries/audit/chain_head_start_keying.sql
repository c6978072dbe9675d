-- The first keyed append: records from which seq every entry is keyed (0030_audit_keyed.sql).
UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, keyed_from_seq = ?, keyed_mark = ?
WHERE id = 1 AND keyed_from_seq IS NULL

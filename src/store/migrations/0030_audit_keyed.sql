-- 审计日志链加密钥 (#14): the audit chain becomes keyed (HMAC with a subkey of the server
-- key FILE, outside the database — src/domain/audit/audit_key.h).
--
-- Upgrade of existing installations: the entries already written stay as they are
-- (plain SM3/SHA-256 chain) and are verified as before. The first append made by a
-- process that holds the key file — `qingfeng migrate`, `qingfeng init` and
-- `qingfeng serve` make one ("audit.chain_keyed") — records here the sequence number
-- from which every entry must be keyed, with a MAC of that number under the key
-- (keyed_mark = "<key id>:<hex HMAC>"). Because the first keyed entry's prev_hash is
-- covered by its keyed hash, the older unkeyed entries are anchored too. A database
-- whose marker is removed or edited fails `qingfeng audit verify`.
ALTER TABLE audit_chain_head ADD COLUMN keyed_from_seq @BIGINT@;
ALTER TABLE audit_chain_head ADD COLUMN keyed_mark TEXT;

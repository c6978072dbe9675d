-- The finding of one (rule, key).
SELECT id, present FROM findings WHERE key_digest = ?

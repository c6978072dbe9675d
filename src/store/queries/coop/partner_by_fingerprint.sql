-- Another partner whose current key has this fingerprint.
SELECT id, name FROM coop_partners WHERE key_fingerprint = ? AND id <> ?

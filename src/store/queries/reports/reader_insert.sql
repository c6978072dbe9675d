INSERT INTO report_readers (account_id, public_key, secret_wrapped, kdf_salt, kdf_opslimit, kdf_memlimit, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)

SELECT account_id, public_key, secret_wrapped, kdf_salt, kdf_opslimit, kdf_memlimit, enrolled_at FROM report_readers WHERE account_id = ?

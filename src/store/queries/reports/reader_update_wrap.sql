UPDATE report_readers SET secret_wrapped = ?, kdf_salt = ?, kdf_opslimit = ?, kdf_memlimit = ? WHERE account_id = ?

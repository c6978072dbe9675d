INSERT INTO reports (uid, register_number, number_year, number_seq, channel, real_name, status, received_date,
  matter_sealed, identity_sealed, query_code_hash, reporter_kdf_salt, reporter_kdf_opslimit, reporter_kdf_memlimit,
  reporter_wrap, registered_by, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

SELECT id, uid, register_number, channel, real_name, status, received_date, matter_sealed, identity_sealed,
  reason_sealed, transfer_sealed, person_link_sealed, query_code_hash, reporter_kdf_salt, reporter_kdf_opslimit, reporter_kdf_memlimit, reporter_wrap,
  lookup_failures, locked_until, subject_hash, awaiting_reply, registered_by, closed_at, created_at, updated_at
FROM reports WHERE id = ?

-- An existing key holder endorses a reader's key (threat model M4): from now on the
-- identity keys of new reports are wrapped for it automatically (when it holds the role).
UPDATE report_readers SET endorsed_by = ?, endorsed_at = ? WHERE account_id = ?

UPDATE coop_partners SET public_key = ?, key_fingerprint = ?, key_registered_at = ?, updated_at = ? WHERE id = ?

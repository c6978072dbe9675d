UPDATE risk_consultations SET updated_at = ? WHERE id = ?

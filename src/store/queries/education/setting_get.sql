SELECT value, updated_at FROM education_settings WHERE key = ?

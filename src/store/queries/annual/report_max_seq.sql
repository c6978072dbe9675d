SELECT COALESCE(MAX(r.seq), 0) AS n FROM annual_reports r WHERE r.year = ?

SELECT r.id FROM annual_reports r WHERE r.year = ? AND r.status = 'draft'

-- Petitions and reports received between two dates (counts only).
SELECT COUNT(*) AS n FROM reports r WHERE r.received_date >= ? AND r.received_date <= ?

INSERT INTO case_reforms (number, year, seq, check_id, source_kind, clue_id, education_item_id, title, summary,
                          loopholes, issued_on, created_by, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

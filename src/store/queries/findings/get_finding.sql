-- One finding.
SELECT f.id, f.rule, f.severity, f.cadre_id, f.person_id, f.department, f.content_sealed, f.first_run_id,
       f.last_run_id, f.first_seen_at, f.last_seen_at, f.present, f.status, f.assignee_id, f.dismiss_reason_sealed,
       f.handled_by, f.handled_at, f.clue_id, f.verification_item_id, f.version, f.updated_at, a.display_name AS assignee_name,
       c.number AS clue_number
FROM findings f LEFT JOIN accounts a ON a.id = f.assignee_id LEFT JOIN clues c ON c.id = f.clue_id
WHERE f.id = ?

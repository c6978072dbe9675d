-- Visible reports; the WHERE marker receives the filters and the visibility condition.
SELECT r.id, r.register_number, r.channel, r.real_name, r.status, r.received_date, r.awaiting_reply, r.subject_hash,
  (SELECT COUNT(*) FROM report_clues rc WHERE rc.report_id = r.id) AS clue_count,
  (SELECT COUNT(*) FROM reports o WHERE r.subject_hash IS NOT NULL AND o.subject_hash = r.subject_hash AND o.id <> r.id) AS linked_count
FROM reports r
WHERE /*WHERE*/
ORDER BY /*ORDER*/
LIMIT ? OFFSET ?

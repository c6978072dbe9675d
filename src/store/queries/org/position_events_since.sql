SELECT COUNT(*) AS n FROM position_events e JOIN people p ON p.id = e.person_id
WHERE e.kind = ? AND e.effective_date >= ? AND /*WHERE*/

SELECT clue_id, seq, action, from_state, to_state, actor_id, actor_name, role, at_ms, on_date, opinion, disposition,
       approval_step
FROM clue_transitions WHERE clue_id IN (/*IDS*/) ORDER BY clue_id, seq

INSERT INTO clue_transitions (clue_id, seq, action, from_state, to_state, actor_id, actor_name, role, at_ms, on_date,
                              opinion, disposition, approval_step)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id

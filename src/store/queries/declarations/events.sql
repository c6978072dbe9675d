SELECT action, actor_name, note_sealed, at FROM declaration_events WHERE declaration_id = ? ORDER BY id

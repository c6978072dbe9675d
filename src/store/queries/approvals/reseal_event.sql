UPDATE approval_events SET note_sealed = ? WHERE id = ?

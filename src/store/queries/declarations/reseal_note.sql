UPDATE declaration_events SET note_sealed = ? WHERE id = ?

SELECT id, summary, follow_up FROM integrity_talks WHERE sealed = ? ORDER BY id

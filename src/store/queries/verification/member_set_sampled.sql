UPDATE verification_members SET sampled = 1, draw_order = ? WHERE id = ?

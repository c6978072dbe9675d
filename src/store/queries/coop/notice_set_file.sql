UPDATE coop_notices SET sealed_file = ? WHERE id = ?

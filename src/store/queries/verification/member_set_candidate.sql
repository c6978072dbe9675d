UPDATE verification_members SET candidate = 1, candidate_sealed = ? WHERE id = ?

UPDATE verification_members SET candidate_sealed = ? WHERE id = ?

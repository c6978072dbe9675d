SELECT id, candidate_sealed FROM verification_members WHERE candidate_sealed <> '' ORDER BY id

-- The member of a round for a person, if any.
SELECT id, sampled, candidate FROM verification_members WHERE round_id = ? AND person_id = ?

SELECT clue_id, reporter_sealed FROM clue_registration WHERE reporter_sealed IS NOT NULL ORDER BY clue_id

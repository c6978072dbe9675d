UPDATE clue_registration SET reporter_sealed = ? WHERE clue_id = ?

DELETE FROM talk_participants WHERE talk_id = ?

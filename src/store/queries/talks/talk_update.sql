UPDATE integrity_talks
SET kind = ?, talk_date = ?, talker_person_id = ?, talker_name = ?, location = ?, summary = ?, follow_up = ?,
    clue_id = ?, updated_at = ?, sealed = 1
WHERE id = ? AND archived_at IS NULL

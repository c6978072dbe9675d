-- Every clue's stored next due day (the start-up and calendar-change refresh compares).
SELECT id, next_due_date FROM clues ORDER BY id

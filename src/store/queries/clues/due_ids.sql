-- Clues still being worked on whose earliest running deadline (next_due_date, kept by
-- the store) falls before the end of the due-soon window (?): the only clues the
-- deadline reminders can name. Uses the index clues_next_due.
SELECT id FROM clues
WHERE next_due_date IS NOT NULL AND next_due_date < ? AND state NOT IN ('closed', 'split', 'merged')
ORDER BY id

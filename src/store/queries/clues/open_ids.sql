-- Clues still being worked on (not closed, split or merged), for the message centre's
-- deadline and signature reminders.
SELECT id FROM clues WHERE state NOT IN ('closed', 'split', 'merged') ORDER BY id

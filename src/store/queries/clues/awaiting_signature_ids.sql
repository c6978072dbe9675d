-- Clues waiting for a signature (a disposition or an outcome under approval): the only
-- clues the signature reminders can name.
SELECT id FROM clues WHERE state IN ('disposition_pending', 'outcome_pending') ORDER BY id

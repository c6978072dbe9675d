-- Clues visible to the caller (the WHERE marker = visibility AND the list filters), newest first.
SELECT c.id FROM clues c WHERE /*WHERE*/ ORDER BY c.number_year DESC, c.number_seq DESC

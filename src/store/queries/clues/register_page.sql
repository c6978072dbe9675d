-- One page of the clue register: the WHERE marker = visibility AND the filters, the
-- ORDER marker the sort (always ending in a unique key, so pages never overlap).
SELECT c.id FROM clues c WHERE /*WHERE*/ ORDER BY /*ORDER*/ LIMIT ? OFFSET ?

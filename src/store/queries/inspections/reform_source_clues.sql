-- Closed clues the caller may see (visibility condition over alias c spliced by the
-- caller): numbers only, for choosing a reform's source.
SELECT c.id, c.number FROM clues c
WHERE c.state = 'closed' AND /*VISIBLE*/
ORDER BY c.id DESC
LIMIT 200

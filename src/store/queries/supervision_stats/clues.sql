-- Statistics read clues as aggregates only (never shown one by one).
SELECT c.id, c.received_date, c.source, c.category, c.state, c.disposition, c.disposition_approved_date,
       c.outcome_conclusion, c.closed_date
FROM clues c
ORDER BY c.id

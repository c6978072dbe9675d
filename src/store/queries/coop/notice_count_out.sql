-- Outgoing notices issued in a year (issued_on starts with the year): the next number.
SELECT COUNT(*) AS n FROM coop_notices WHERE direction = 'out' AND substr(issued_on, 1, 4) = ?

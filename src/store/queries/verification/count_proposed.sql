-- Items awaiting approval of their conclusion among the people of the caller's scope (the WHERE marker).
SELECT COUNT(*) AS n FROM verification_items i JOIN people p ON p.id = i.person_id
WHERE i.status = 'proposed' AND /*WHERE*/

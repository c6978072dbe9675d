SELECT COUNT(*) AS n FROM approval_requests r JOIN people p ON p.id = r.person_id WHERE /*WHERE*/

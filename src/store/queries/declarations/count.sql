SELECT COUNT(*) AS n FROM declarations d JOIN people p ON p.id = d.person_id WHERE /*WHERE*/

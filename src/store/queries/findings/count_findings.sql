-- How many findings match the filters of the WHERE marker.
SELECT COUNT(*) AS n FROM findings f WHERE 1 = 1 /*WHERE*/

-- Sessions of a period per kind (an optional branch condition spliced by the caller).
SELECT s.kind, COUNT(*) AS n FROM study_sessions s
WHERE s.held_on >= ? AND s.held_on <= ? /*BRANCH*/
GROUP BY s.kind

SELECT COUNT(*) AS n FROM declarations

SELECT 1 AS locked

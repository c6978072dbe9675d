-- The departments findings name, for the filter.
SELECT DISTINCT department FROM findings WHERE department <> '' ORDER BY department

-- Count for account_list.sql (same filter parameters, no paging).
SELECT COUNT(*) AS n FROM accounts
WHERE (CAST(? AS TEXT) IS NULL OR username LIKE '%' || ? || '%' OR display_name LIKE '%' || ? || '%')
  AND (CAST(? AS BIGINT) IS NULL
       OR (? = 1 AND locked_until IS NOT NULL AND locked_until > ?)
       OR (? = 0 AND (locked_until IS NULL OR locked_until <= ?)))

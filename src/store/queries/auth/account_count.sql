-- Count for account_list.sql (same filter parameters, no paging).
SELECT COUNT(*) AS n FROM accounts
WHERE (CAST(? AS TEXT) IS NULL OR username LIKE ? ESCAPE '\' OR display_name LIKE ? ESCAPE '\')
  AND (CAST(? AS BIGINT) IS NULL
       OR (? = 1 AND COALESCE(locked_until, throttled_until) IS NOT NULL AND COALESCE(locked_until, throttled_until) > ?)
       OR (? = 0 AND (COALESCE(locked_until, throttled_until) IS NULL OR COALESCE(locked_until, throttled_until) <= ?)))

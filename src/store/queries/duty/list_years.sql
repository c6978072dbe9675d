SELECT year, COUNT(*) AS n FROM duty_list_items WHERE archived_at IS NULL GROUP BY year ORDER BY year DESC

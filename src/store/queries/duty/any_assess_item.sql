SELECT COUNT(*) AS n FROM duty_assess_items

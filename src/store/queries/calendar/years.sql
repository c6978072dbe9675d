SELECT DISTINCT substr(cal_date, 1, 4) AS year FROM calendar_days ORDER BY year

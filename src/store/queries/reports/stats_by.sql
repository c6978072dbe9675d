-- Counts of a year's reports by channel, real-name flag and status.
SELECT channel, real_name, status, COUNT(*) AS n FROM reports
WHERE number_year = ? GROUP BY channel, real_name, status

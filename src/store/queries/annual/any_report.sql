SELECT COUNT(*) AS n FROM annual_reports

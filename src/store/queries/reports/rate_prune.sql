DELETE FROM report_rate_counters WHERE window_start < ?

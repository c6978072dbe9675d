SELECT hits FROM report_rate_counters WHERE bucket = ? AND window_start = ?

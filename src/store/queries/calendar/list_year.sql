SELECT cal_date, kind, holiday, source, updated_at, updated_by FROM calendar_days
WHERE cal_date >= ? AND cal_date <= ? ORDER BY cal_date

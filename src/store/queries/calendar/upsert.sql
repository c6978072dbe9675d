INSERT INTO calendar_days (cal_date, kind, holiday, source, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (cal_date) DO UPDATE SET kind = excluded.kind, holiday = excluded.holiday,
  source = excluded.source, updated_at = excluded.updated_at, updated_by = excluded.updated_by

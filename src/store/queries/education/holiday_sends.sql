SELECT id, holiday, start_date, text, recipients, sent_at FROM education_holiday_sends
WHERE start_date >= ? AND start_date <= ?
ORDER BY start_date, id

-- Records a holiday's reminder once: no row back when it was already recorded.
INSERT INTO education_holiday_sends (holiday, start_date, text, recipients, sent_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (holiday, start_date) DO NOTHING
RETURNING id

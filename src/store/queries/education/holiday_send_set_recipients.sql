UPDATE education_holiday_sends SET recipients = ? WHERE id = ?

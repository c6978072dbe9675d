DELETE FROM calendar_days WHERE cal_date = ?

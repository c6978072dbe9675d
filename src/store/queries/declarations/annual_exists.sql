SELECT id FROM declarations WHERE person_id = ? AND report_year = ? AND kind = 'annual'

-- Ends one oversight row: it no longer holds from the day after until_date.
UPDATE department_oversight SET until_date = ? WHERE id = ?

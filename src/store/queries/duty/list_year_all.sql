-- Every current item of a year, for the copy into the next.
SELECT id, kind, person_id, sort_order, content FROM duty_list_items
WHERE year = ? AND archived_at IS NULL ORDER BY id

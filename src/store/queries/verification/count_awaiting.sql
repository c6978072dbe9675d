-- How many items of a person await their explanation.
SELECT COUNT(*) AS n FROM verification_items WHERE person_id = ? AND status = 'awaiting_explanation'

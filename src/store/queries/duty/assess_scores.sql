-- Every score on a year's current items.
SELECT s.item_id, s.department_id, s.score_tenths, s.comment, s.scorer_name, s.scored_at
FROM duty_assess_scores s JOIN duty_assess_items i ON i.id = s.item_id
WHERE i.year = ? AND i.archived_at IS NULL

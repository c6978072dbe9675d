-- A year's current assessment items (考核项目) with the work point each assesses.
SELECT i.id, i.year, i.sort_order, i.title, i.weight, i.scoring_rule, i.work_point_id,
       COALESCE(w.title, '') AS work_point_title, i.copied_from_id
FROM duty_assess_items i LEFT JOIN duty_work_points w ON w.id = i.work_point_id
WHERE i.year = ? AND i.archived_at IS NULL
ORDER BY i.sort_order, i.id

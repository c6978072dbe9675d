-- The departments assessed: the bureau's first-level departments still in use.
SELECT id, name FROM departments WHERE parent_id IS NULL AND archived_at IS NULL ORDER BY sort_order, id

SELECT rp.id, rp.department_id, d.name AS department_name, rp.category, rp.description, rp.level
FROM risk_consultation_points cp JOIN risk_points rp ON rp.id = cp.risk_point_id
JOIN departments d ON d.id = rp.department_id
WHERE cp.consultation_id = ?
ORDER BY rp.level, d.sort_order, rp.id

-- Measures of several points (the IDS marker: one placeholder per point).
SELECT risk_point_id, measure, owner_person_id, owner_name FROM risk_measures
WHERE risk_point_id IN (/*IDS*/) ORDER BY risk_point_id, sort_order, id

-- How many regulations match (the condition over aliases r and v spliced by the caller).
SELECT COUNT(*) AS n
FROM regulations r
JOIN regulation_versions v ON v.id = r.latest_version_id
WHERE /*WHERE*/

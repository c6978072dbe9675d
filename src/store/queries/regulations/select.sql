-- Regulations with their latest version, the counts of the assignments to read it that
-- the reader may see (condition over alias a spliced twice), the reader's own
-- assignment (person id bound twice) and the version in force on the day bound last.
-- Callers splice the condition over aliases r and v, then the order and paging.
SELECT r.id, r.category, r.versions, r.first_effective_on, r.repealed_on, r.repeal_reason, r.created_at,
       r.updated_at, v.id AS version_id, v.version_no, v.title, v.doc_number, v.issuing_body, v.effective_on,
       v.change_note, v.created_at AS version_created_at,
       (SELECT COUNT(*) FROM regulation_assignments a WHERE a.version_id = v.id AND /*ASCOPE*/) AS assigned,
       (SELECT COUNT(*) FROM regulation_assignments a WHERE a.version_id = v.id AND a.acknowledged_at IS NOT NULL
          AND /*ASCOPE*/) AS acknowledged,
       (SELECT COUNT(*) FROM regulation_assignments m WHERE m.version_id = v.id AND m.person_id = ?) AS mine,
       (SELECT m.acknowledged_at FROM regulation_assignments m WHERE m.version_id = v.id AND m.person_id = ?)
         AS my_acknowledged_at,
       (SELECT MAX(c.version_no) FROM regulation_versions c WHERE c.regulation_id = r.id AND c.effective_on <= ?)
         AS current_no
FROM regulations r
JOIN regulation_versions v ON v.id = r.latest_version_id
WHERE /*WHERE*/
/*TAIL*/

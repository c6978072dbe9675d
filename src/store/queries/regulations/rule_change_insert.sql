INSERT INTO case_reform_rule_changes (case_reform_id, regulation_id, version_id, note, created_by, created_at)
VALUES (?, ?, ?, ?, ?, ?) RETURNING id

SELECT id FROM case_reform_rule_changes WHERE case_reform_id = ? AND version_id = ?

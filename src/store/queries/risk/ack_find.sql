SELECT id FROM risk_acknowledgements WHERE person_id = ? AND object_type = ? AND object_id = ? AND revision = ?

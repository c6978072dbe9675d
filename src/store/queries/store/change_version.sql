SELECT version FROM change_versions WHERE topic = ?

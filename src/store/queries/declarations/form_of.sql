SELECT revision, definition FROM declaration_forms WHERE revision = ?

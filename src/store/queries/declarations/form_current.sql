-- The current revision of the report form (declaration_forms.is_current).
SELECT revision, definition FROM declaration_forms WHERE is_current = 1 ORDER BY revision DESC LIMIT 1

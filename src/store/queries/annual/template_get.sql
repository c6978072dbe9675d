SELECT t.title, t.body, t.organ_mark, t.number_prefix, t.copy_to, t.printer, t.version, t.updated_at
FROM annual_template t WHERE t.id = 1

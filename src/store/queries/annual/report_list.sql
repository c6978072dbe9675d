SELECT r.id, r.year, r.title, r.unit_name, r.issue_date, '' AS body, r.status, r.seq, r.number, '' AS rendered, r.version,
       r.organ_mark, r.number_prefix, r.copy_to, r.printer, r.doc_number,
       r.created_at, r.updated_at, r.finalized_at
FROM annual_reports r ORDER BY r.year DESC, r.id DESC

SELECT r.id, r.year, r.title, r.unit_name, r.issue_date, r.body, r.status, r.seq, r.number, r.rendered, r.version,
       r.organ_mark, r.number_prefix, r.copy_to, r.printer, r.doc_number,
       r.created_at, r.updated_at, r.finalized_at
FROM annual_reports r WHERE r.id = ?

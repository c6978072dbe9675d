-- Insert or replace the registration of a clue (clue_registration.h save_registration).
INSERT INTO clue_registration (clue_id, source_document, reporter_sealed, cadre_authority, classification,
                               updated_by, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (clue_id) DO UPDATE SET source_document = excluded.source_document,
  reporter_sealed = excluded.reporter_sealed, cadre_authority = excluded.cadre_authority,
  classification = excluded.classification, updated_by = excluded.updated_by, updated_at = excluded.updated_at

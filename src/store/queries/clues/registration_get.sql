SELECT clue_id, source_document, reporter_sealed, cadre_authority, classification, updated_at
FROM clue_registration WHERE clue_id = ?

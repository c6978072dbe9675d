-- Clue documents (举报信, 决定书, …) and their file names are case content (#14): from
-- this migration on they are sealed at rest with a subkey of the server key file
-- (src/domain/clues/clue_attachment_seal.h). sealed = 1: filename holds a sealed value and
-- content a sealed box; 0: clear, written by an older release and sealed by `serve`,
-- `init` and `migrate` right after migrating. size, content_type and the digests stay
-- clear (the list shows them; the digests prove the bytes unchanged).
ALTER TABLE clue_attachments ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;

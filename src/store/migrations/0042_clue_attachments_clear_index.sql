-- The clue page lists a clue's documents without their bytes. clue_attachments.sealed
-- (0041) sits after the content column, so on SQLite reading it walks the whole stored
-- document; the list asks this partial index instead (it covers clue_id and sealed for
-- the rows still clear), and reads no document.
CREATE INDEX clue_attachments_clear ON clue_attachments (clue_id, sealed) WHERE sealed = 0;

-- Talk summaries and follow-ups are case content (#14): from this migration on they are
-- sealed at rest with a subkey of the server key file (src/domain/talks/talk_seal.h).
-- sealed = 1: summary and follow_up hold sealed values; 0: clear text written by an
-- older release, sealed by `serve`, `init` and `migrate` right after migrating (SQL
-- cannot do it: the key is deliberately not in the database).
ALTER TABLE integrity_talks ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;

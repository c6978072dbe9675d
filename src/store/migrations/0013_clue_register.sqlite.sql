-- The clue register's read model (docs/modules/supervision-api.md, "The register"):
-- next_due_date is the earliest due day of the clue's running (unmet) stage
-- deadlines, NULL when none runs. The store writes it with every insert and save; the
-- clue module recomputes it for every clue at `serve` start (the [clues] deadlines may
-- have changed) and whenever the working-day calendar changes. With it the register
-- filters overdue / due-soon clues, sorts by deadline, pages and counts in SQL instead
-- of loading every visible clue. SQL cannot compute it, so this migration leaves it
-- NULL; the start-up step fills it.
--
-- Change-version topic 'clues' (store/change_versions.h, migration 0010): moved by every
-- write to what the register shows — clues, their persons, assignments and outcome
-- measures, the working-day calendar (deadlines), and the names and status of accounts
-- (the handlers shown) — so a served register page is reused only while none changed.
ALTER TABLE clues ADD COLUMN next_due_date TEXT;
CREATE INDEX clues_next_due ON clues (next_due_date, number_year, number_seq);

INSERT INTO change_versions (topic, version)
VALUES ('clues', CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER));
CREATE TRIGGER clues_clues_insert AFTER INSERT ON clues BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clues_clues_update AFTER UPDATE ON clues BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clues_clues_delete AFTER DELETE ON clues BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clue_persons_clues_insert AFTER INSERT ON clue_persons BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clue_persons_clues_update AFTER UPDATE ON clue_persons BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clue_persons_clues_delete AFTER DELETE ON clue_persons BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clue_assignments_clues_insert AFTER INSERT ON clue_assignments BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clue_assignments_clues_update AFTER UPDATE ON clue_assignments BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clue_assignments_clues_delete AFTER DELETE ON clue_assignments BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clue_outcome_measures_clues_insert AFTER INSERT ON clue_outcome_measures BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clue_outcome_measures_clues_update AFTER UPDATE ON clue_outcome_measures BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER clue_outcome_measures_clues_delete AFTER DELETE ON clue_outcome_measures BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER calendar_days_clues_insert AFTER INSERT ON calendar_days BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER calendar_days_clues_update AFTER UPDATE ON calendar_days BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER calendar_days_clues_delete AFTER DELETE ON calendar_days BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
CREATE TRIGGER accounts_clues_update AFTER UPDATE OF display_name, status ON accounts BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'clues';
END;
-- Related clues of a person not linked to the organisation are found by name.
CREATE INDEX clue_persons_name ON clue_persons (name, person_id);

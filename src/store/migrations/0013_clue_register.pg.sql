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
VALUES ('clues', (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT);
CREATE TRIGGER clues_clues_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON clues
  FOR EACH STATEMENT EXECUTE FUNCTION bump_change_version('clues');
CREATE TRIGGER clue_persons_clues_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON clue_persons
  FOR EACH STATEMENT EXECUTE FUNCTION bump_change_version('clues');
CREATE TRIGGER clue_assignments_clues_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON clue_assignments
  FOR EACH STATEMENT EXECUTE FUNCTION bump_change_version('clues');
CREATE TRIGGER clue_outcome_measures_clues_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON clue_outcome_measures
  FOR EACH STATEMENT EXECUTE FUNCTION bump_change_version('clues');
CREATE TRIGGER calendar_days_clues_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_days
  FOR EACH STATEMENT EXECUTE FUNCTION bump_change_version('clues');
CREATE TRIGGER accounts_clues_changed AFTER UPDATE OF display_name, status ON accounts
  FOR EACH STATEMENT EXECUTE FUNCTION bump_change_version('clues');
-- Related clues of a person not linked to the organisation are found by name.
CREATE INDEX clue_persons_name ON clue_persons (name, person_id);

-- The clue register's read model (docs/modules/supervision-api.md, "The register"):
-- next_due_date is the earliest due day of the clue's running (unmet) stage
-- deadlines, NULL when none runs. The store writes it with every insert and save; the
-- clue module recomputes it for every clue at `serve` start (the [clues] deadlines may
-- have changed) and whenever the working-day calendar changes. With it the register
-- filters overdue / due-soon clues, sorts by deadline, pages and counts in SQL instead
-- of loading every visible clue. SQL cannot compute it, so this migration leaves it
-- NULL; the start-up step fills it.
ALTER TABLE clues ADD COLUMN next_due_date TEXT;
CREATE INDEX clues_next_due ON clues (next_due_date, number_year, number_seq);

-- 问题线索 (problem clues): the register of clues, the people they are about, every
-- step taken on them, who is assigned to them (need-to-know), the measures of the four
-- forms applied, split/merge links and the documents. Nothing is deleted. Codes stored
-- in TEXT columns are the stable codes of src/domain/clues/clue_enums.h.
-- Readers other than the clue module (statistics): rows of clues are CONFIDENTIAL —
-- aggregate only, never show a clue to someone the module would not show it to.

-- Per-year high-water mark of clue numbers (ClueNumberAllocator): incremented inside
-- the registering transaction; never lowered, so a number is never handed out twice.
CREATE TABLE clue_number_counters (
  year INTEGER PRIMARY KEY,
  high_water @BIGINT@ NOT NULL
);

-- One clue. The *_date columns are the deadline bookkeeping of ProblemClue
-- (docs/modules/supervision.md); disposition is the disposition IN FORCE (approved),
-- proposed_disposition the one awaiting approval. version: optimistic concurrency.
CREATE TABLE clues (
  id @ID@,
  number TEXT NOT NULL UNIQUE,
  number_year INTEGER NOT NULL,
  number_seq @BIGINT@ NOT NULL,
  source TEXT NOT NULL,
  category TEXT NOT NULL,
  matter TEXT NOT NULL,
  received_date TEXT NOT NULL,
  state TEXT NOT NULL,
  disposition TEXT,
  proposed_disposition TEXT,
  proposal_is_escalation INTEGER NOT NULL DEFAULT 0,
  approvals_done INTEGER NOT NULL DEFAULT 0,
  disposition_stage_start_date TEXT NOT NULL,
  disposition_proposed_date TEXT,
  disposition_approved_date TEXT,
  inquiry_sent_date TEXT,
  inquiry_replied_date TEXT,
  verification_started_date TEXT,
  verification_extensions INTEGER NOT NULL DEFAULT 0,
  outcome_submitted_date TEXT,
  closed_date TEXT,
  outcome_conclusion TEXT,   -- proposed (outcome_pending) or approved (closed)
  outcome_summary TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_by @BIGINT@,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  UNIQUE (number_year, number_seq)
);
CREATE INDEX clues_state ON clues (state, id);
CREATE INDEX clues_received ON clues (received_date, id);
CREATE INDEX clues_source ON clues (source, id);
CREATE INDEX clues_category ON clues (category, id);
CREATE INDEX clues_disposition ON clues (disposition, id);

-- 被反映人. department_id: the person's department on the received day (from
-- position_events, else the current placement), for statistics by department.
CREATE TABLE clue_persons (
  id @ID@,
  clue_id @BIGINT@ NOT NULL REFERENCES clues(id),
  ord INTEGER NOT NULL,
  person_id @BIGINT@,
  name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  department_id @BIGINT@
);
CREATE INDEX clue_persons_clue ON clue_persons (clue_id, ord);
CREATE INDEX clue_persons_person ON clue_persons (person_id);
CREATE INDEX clue_persons_department ON clue_persons (department_id);

-- Every TransitionRecord, in order (seq from 1). on_date = the civil day it took effect.
CREATE TABLE clue_transitions (
  id @ID@,
  clue_id @BIGINT@ NOT NULL REFERENCES clues(id),
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  actor_id @BIGINT@ NOT NULL,
  actor_name TEXT NOT NULL,
  role TEXT NOT NULL,
  at_ms @BIGINT@ NOT NULL,
  on_date TEXT NOT NULL,
  opinion TEXT NOT NULL DEFAULT '',
  disposition TEXT,
  approval_step INTEGER NOT NULL DEFAULT 0,
  UNIQUE (clue_id, seq)
);
CREATE INDEX clue_transitions_action ON clue_transitions (action, on_date);

-- Who may see and act on a clue (need-to-know). part: handler | dept_head |
-- leader_in_charge | discipline_secretary. An assignment in force has ended_at NULL.
CREATE TABLE clue_assignments (
  id @ID@,
  clue_id @BIGINT@ NOT NULL REFERENCES clues(id),
  account_id @BIGINT@ NOT NULL,
  part TEXT NOT NULL,
  assigned_by @BIGINT@,
  assigned_at @BIGINT@ NOT NULL,
  ended_at @BIGINT@
);
CREATE INDEX clue_assignments_account ON clue_assignments (account_id, ended_at, clue_id);
CREATE INDEX clue_assignments_clue ON clue_assignments (clue_id);

-- 处理措施: one row per measure of the clue's outcome. approved = 0 while the outcome
-- awaits approval (outcome_pending), 1 once the clue is closed with it — statistics
-- count approved rows only. form: first..fourth; measure: clue.form_measure code.
CREATE TABLE clue_outcome_measures (
  id @ID@,
  clue_id @BIGINT@ NOT NULL REFERENCES clues(id),
  ord INTEGER NOT NULL,
  person_id @BIGINT@,
  person_name TEXT NOT NULL,
  form TEXT NOT NULL,
  measure TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  decision_document TEXT NOT NULL DEFAULT '',
  approved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX clue_outcome_measures_clue ON clue_outcome_measures (clue_id, ord);
CREATE INDEX clue_outcome_measures_decided ON clue_outcome_measures (decided_on, form);

-- Split / merge: from the original to the clue made from it.
CREATE TABLE clue_links (
  id @ID@,
  kind TEXT NOT NULL,
  from_clue_id @BIGINT@ NOT NULL REFERENCES clues(id),
  to_clue_id @BIGINT@ NOT NULL REFERENCES clues(id),
  from_number TEXT NOT NULL,
  to_number TEXT NOT NULL,
  actor_id @BIGINT@ NOT NULL,
  actor_name TEXT NOT NULL,
  at_ms @BIGINT@ NOT NULL,
  opinion TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clue_links_from ON clue_links (from_clue_id);
CREATE INDEX clue_links_to ON clue_links (to_clue_id);

-- Documents of a clue (举报信, 决定书, 回复…), bytes in the database. content_type is
-- sniffed from the bytes, never taken from the client. kind: source | decision |
-- reply | other.
CREATE TABLE clue_attachments (
  id @ID@,
  clue_id @BIGINT@ NOT NULL REFERENCES clues(id),
  filename TEXT NOT NULL,
  kind TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size @BIGINT@ NOT NULL,
  sha256 TEXT NOT NULL,
  sm3 TEXT NOT NULL,
  content @BLOB@ NOT NULL,
  uploaded_by @BIGINT@ NOT NULL,
  uploaded_at @BIGINT@ NOT NULL
);
CREATE INDEX clue_attachments_clue ON clue_attachments (clue_id, id);

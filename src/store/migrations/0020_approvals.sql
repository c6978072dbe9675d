-- Approvals that feed the cross-check rules (因私出国(境)、证照集中保管、干部兼职、
-- 配偶子女及其配偶经商办企业; domain/approvals/, docs/modules/approvals.md).
--
-- approval_requests: one application — kind 'trip' (private travel abroad), 'side_job'
-- (兼职) or 'family_business' (a relative's business). Who applies, the state, the
-- approval chain fixed at submission (",org_hr,party_secretary," — the roles still to
-- act, in order; `step` is the index of the one acting now) and the trip's dates are
-- clear columns (lists, reminders, the overdue rule and the cross-check's trip rule need
-- them). Everything the applicant writes — destinations, reason, companions, funding,
-- the organisation or company, relatives' names — is ONE sealed value (content_sealed:
-- "v1:" + base64 of XChaCha20-Poly1305 under a key derived from the server key file,
-- outside the database), so a dump or backup alone reveals none of it.
-- acting_role is the role of the step acting now ('' once approved or returned).
-- approval_events: the history (submit, skip, approve, return, resubmit, trip dates);
-- notes (return reasons, approvers' remarks) sealed the same way.
-- approval_documents: passports and permits held centrally (证照集中保管); the number is
-- sealed, the type and expiry are clear. approval_loans: each lending for an approved
-- trip, with the date it is due back (the trip's return date + [approvals]
-- document_return_days) and the date it came back.
CREATE TABLE approval_requests (
  id @ID@,
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  kind TEXT NOT NULL CHECK (kind IN ('trip', 'side_job', 'family_business')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'returned', 'approved')),
  chain TEXT NOT NULL DEFAULT '',
  step INTEGER NOT NULL DEFAULT 0,
  acting_role TEXT NOT NULL DEFAULT '',
  depart_date TEXT,
  return_date TEXT,
  actual_depart_date TEXT,
  actual_return_date TEXT,
  content_sealed TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  decided_at @BIGINT@
);
CREATE INDEX approval_requests_person ON approval_requests (person_id, id);
CREATE INDEX approval_requests_status ON approval_requests (status, kind);

CREATE TABLE approval_events (
  id @ID@,
  request_id @BIGINT@ NOT NULL REFERENCES approval_requests(id),
  action TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  actor_account_id @BIGINT@,
  actor_name TEXT NOT NULL DEFAULT '',
  note_sealed TEXT NOT NULL DEFAULT '',
  at @BIGINT@ NOT NULL
);
CREATE INDEX approval_events_of ON approval_events (request_id, id);

CREATE TABLE approval_documents (
  id @ID@,
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  doc_type TEXT NOT NULL CHECK (doc_type IN ('passport', 'hk_macao_permit', 'taiwan_permit')),
  number_sealed TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('in_custody', 'lent')),
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL
);
CREATE INDEX approval_documents_person ON approval_documents (person_id);

CREATE TABLE approval_loans (
  id @ID@,
  document_id @BIGINT@ NOT NULL REFERENCES approval_documents(id),
  request_id @BIGINT@ NOT NULL REFERENCES approval_requests(id),
  lent_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  returned_on TEXT,
  lent_by @BIGINT@ REFERENCES accounts(id),
  returned_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX approval_loans_open ON approval_loans (returned_on, due_on);
CREATE INDEX approval_loans_document ON approval_loans (document_id, id);

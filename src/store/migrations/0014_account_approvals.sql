-- Two-person control over the routes into case content (issue 14, "Critical";
-- domain/auth/account_approvals.h, docs/security/access-control.md "Approvals").
--
-- A password or TOTP reset of an account that holds (or is being granted) a case role,
-- and a grant that adds a case role, are stored here as a REQUEST of an administrator;
-- nothing changes on the account until a discipline-committee holder decides it. The
-- one-time password of an approved reset goes to the approver only (handed over in
-- person), never to the administrator and never into this table.
CREATE TABLE account_approvals (
  id @ID@,
  kind TEXT NOT NULL,                 -- reset_password | reset_totp | role_grant
  account_id @BIGINT@ NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,  -- whose account
  requested_by @BIGINT@ REFERENCES accounts(id),
  requested_at @BIGINT@ NOT NULL,
  grants TEXT NOT NULL DEFAULT '',    -- role_grant: the requested grants, "role/scope/ref;…"
  summary TEXT NOT NULL DEFAULT '',   -- before → after, identifiers only
  status TEXT NOT NULL DEFAULT 'pending',  -- pending | approved | refused
  decided_by @BIGINT@ REFERENCES accounts(id),
  decided_at @BIGINT@,
  opinion TEXT NOT NULL DEFAULT ''
);
CREATE INDEX account_approvals_status ON account_approvals (status, account_id);

-- Set once a discipline role has been granted in this database, never cleared: from
-- then on a case-role grant needs an approver. Before it (a fresh install setting up
-- its first discipline secretary) there is no case content and nobody to ask. Disabling
-- or stripping every discipline holder later does NOT reopen this door.
CREATE TABLE case_roles_seen (
  id @BIGINT@ PRIMARY KEY,
  first_at @BIGINT@ NOT NULL
);
INSERT INTO case_roles_seen (id, first_at)
SELECT 1, (SELECT MIN(granted_at) FROM role_grants
           WHERE role IN ('discipline_secretary', 'discipline_member'))
WHERE EXISTS (SELECT 1 FROM role_grants WHERE role IN ('discipline_secretary', 'discipline_member'));

-- Report reader keys (threat model M4): a new reader's public key receives the
-- identity keys of new reports automatically only after an existing key holder has
-- endorsed it. Readers enrolled before this version are taken as endorsed.
ALTER TABLE report_readers ADD COLUMN endorsed_by @BIGINT@;
ALTER TABLE report_readers ADD COLUMN endorsed_at @BIGINT@;
UPDATE report_readers SET endorsed_at = enrolled_at;

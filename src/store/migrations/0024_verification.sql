-- 核查 (verification of the personal-matters reports, domain/verification/,
-- docs/modules/verification.md).
--
-- verification_rounds: one round per year. The draw is recorded so that anyone can
-- repeat it: the seed, the percentage, and the population it was drawn from (the ids of
-- the active leading cadres at the time, in ascending order); the same seed and
-- population give the same list (domain/verification/sample.h).
--
-- verification_members: who is verified in a round — drawn (sampled, with the position
-- in the draw) and/or proposed for promotion (凡提必核, candidate). The proposed post is
-- sealed (candidate_sealed).
--
-- verification_items: one discrepancy between a cadre's declaration and the registry.
-- Only the workflow state is clear; what was declared, what the registry shows, the
-- cadre's explanation, the proposed and approved conclusion, its basis, the return
-- reason and the consequences are ONE sealed value (content_sealed: "v1:" + base64 of
-- XChaCha20-Poly1305 under a subkey of the server key file, outside the database).
CREATE TABLE verification_rounds (
  id @ID@,
  round_year INTEGER NOT NULL UNIQUE,
  sample_percent INTEGER NOT NULL,
  seed TEXT NOT NULL DEFAULT '',
  population_ids TEXT NOT NULL DEFAULT '',
  population_count INTEGER NOT NULL DEFAULT 0,
  drawn_count INTEGER NOT NULL DEFAULT 0,
  drawn_at @BIGINT@,
  drawn_by_name TEXT NOT NULL DEFAULT '',
  created_by @BIGINT@ NOT NULL,
  created_at @BIGINT@ NOT NULL
);
CREATE TABLE verification_members (
  id @ID@,
  round_id @BIGINT@ NOT NULL REFERENCES verification_rounds(id),
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  sampled INTEGER NOT NULL DEFAULT 0,
  draw_order INTEGER,
  candidate INTEGER NOT NULL DEFAULT 0,
  candidate_sealed TEXT NOT NULL DEFAULT '',
  created_by @BIGINT@ NOT NULL,
  created_at @BIGINT@ NOT NULL,
  UNIQUE (round_id, person_id)
);
CREATE INDEX verification_members_person ON verification_members (person_id);
CREATE TABLE verification_items (
  id @ID@,
  member_id @BIGINT@ NOT NULL REFERENCES verification_members(id),
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  form_revision TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('awaiting_explanation', 'explained', 'proposed', 'approved')),
  content_sealed TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_by @BIGINT@ NOT NULL,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL
);
CREATE INDEX verification_items_member ON verification_items (member_id, id);
CREATE INDEX verification_items_person ON verification_items (person_id, status);
-- The history of an item: who did what when (no content: that is in the sealed value).
CREATE TABLE verification_item_events (
  id @ID@,
  item_id @BIGINT@ NOT NULL REFERENCES verification_items(id),
  action TEXT NOT NULL,
  account_id @BIGINT@ NOT NULL,
  actor_name TEXT NOT NULL DEFAULT '',
  at @BIGINT@ NOT NULL
);
CREATE INDEX verification_item_events_of ON verification_item_events (item_id, id);

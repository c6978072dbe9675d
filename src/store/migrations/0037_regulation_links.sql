-- Links between the regulation library (制度库, 0032) and the material that refers to it:
-- * 制度解读: an education item of kind interpretation names the regulation it
--   interprets and, optionally, the version (NULL: the regulation as a whole). One
--   regulation per item; the regulation page lists its interpretations.
-- * 以案促改 "rules changed" (规章制度修订): a case-driven reform notice (0033) names
--   the new versions of regulations it led to, with a note of what was changed; shown
--   on the notice and on the regulation. A version is linked to a notice once.
-- Nothing here is case content: only ids and a note written for the departments.
CREATE TABLE regulation_interpretations (
  id @ID@,
  education_item_id @BIGINT@ NOT NULL UNIQUE REFERENCES education_items(id),
  regulation_id @BIGINT@ NOT NULL REFERENCES regulations(id),
  version_id @BIGINT@ REFERENCES regulation_versions(id),
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX regulation_interpretations_regulation ON regulation_interpretations (regulation_id);

CREATE TABLE case_reform_rule_changes (
  id @ID@,
  case_reform_id @BIGINT@ NOT NULL REFERENCES case_reforms(id),
  regulation_id @BIGINT@ NOT NULL REFERENCES regulations(id),
  version_id @BIGINT@ NOT NULL REFERENCES regulation_versions(id),
  note TEXT NOT NULL DEFAULT '',
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  UNIQUE (case_reform_id, version_id)
);
CREATE INDEX case_reform_rule_changes_regulation ON case_reform_rule_changes (regulation_id);

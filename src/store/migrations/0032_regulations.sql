-- The regulation library (制度库, domain/regulations/): the unit's rules (implementing
-- the eight-point regulations: meetings, training, reception, personnel selection,
-- expenditure, procurement, foreign affairs, appraisal …), each with its versions. A
-- new version (修订) supersedes the one before from its effective date; every version
-- stays and can be read. A regulation is repealed (废止) from a date. Whether it is
-- 现行有效 / 尚未生效 / 已废止 is never stored: it is computed from the dates against
-- the business day (Beijing date). People are assigned to read the latest version and
-- acknowledge it (已阅知确认); completion is counted per department at assignment.
-- Published rules, not case content: nothing here is sealed. Nothing is deleted.
CREATE TABLE regulations (
  id @ID@,
  category TEXT NOT NULL,                  -- dictionary regulation.category
  latest_version_id @BIGINT@,              -- the newest version (set after it is inserted)
  versions INTEGER NOT NULL DEFAULT 0,     -- how many versions
  first_effective_on TEXT NOT NULL,        -- the first version's effective date (YYYY-MM-DD)
  repealed_on TEXT,                        -- 废止日期 (YYYY-MM-DD); in force before it
  repeal_reason TEXT NOT NULL DEFAULT '',
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL
);
CREATE INDEX regulations_category ON regulations (category, id);

-- Every version of a regulation, numbered 1, 2, … within it.
CREATE TABLE regulation_versions (
  id @ID@,
  regulation_id @BIGINT@ NOT NULL REFERENCES regulations(id),
  version_no INTEGER NOT NULL,
  title TEXT NOT NULL,
  doc_number TEXT NOT NULL DEFAULT '',     -- 文号: 〔2026〕3号 …
  issuing_body TEXT NOT NULL,              -- 发文机关
  effective_on TEXT NOT NULL,              -- 施行日期
  full_text TEXT NOT NULL,                 -- 全文
  change_note TEXT NOT NULL DEFAULT '',    -- 修订说明 (versions after the first)
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  UNIQUE (regulation_id, version_no)
);

-- Who must read a version and acknowledge it: one row per (version, person), with the
-- person's department at assignment (completion is counted per that department).
CREATE TABLE regulation_assignments (
  id @ID@,
  regulation_id @BIGINT@ NOT NULL REFERENCES regulations(id),
  version_id @BIGINT@ NOT NULL REFERENCES regulation_versions(id),
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  department_id @BIGINT@ REFERENCES departments(id),
  assigned_at @BIGINT@ NOT NULL,
  acknowledged_at @BIGINT@,
  UNIQUE (version_id, person_id)
);
CREATE INDEX regulation_assignments_person ON regulation_assignments (person_id, acknowledged_at);
CREATE INDEX regulation_assignments_version_dept ON regulation_assignments (version_id, department_id);

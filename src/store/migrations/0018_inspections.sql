-- Inspections and rectification (监督检查与整改, domain/inspections/): the discipline
-- committee's special supervision checks (专项检查) with their plan, the departments
-- in scope, the checklist (检查要点), and the findings; each finding is one item of
-- the rectification ledger (整改台账) with its owner department, measures, deadline,
-- the owner's reports (with evidence), the committee's verification and its closure
-- (销号). Nothing is deleted: a check is archived with a reason; every step of an item
-- is a row of rectification_steps (who, when, from which state to which, the text).
-- These are records about departments' work, not case content: a finding that names a
-- person's misconduct belongs in a problem clue (clues), not here.
CREATE TABLE inspection_number_counters (
  year INTEGER PRIMARY KEY,
  last_seq INTEGER NOT NULL
);

CREATE TABLE inspection_checks (
  id @ID@,
  number TEXT NOT NULL UNIQUE,    -- 〔2026〕专项检查第1号
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,             -- dictionary inspection.kind
  title TEXT NOT NULL,
  plan TEXT NOT NULL DEFAULT '',  -- 检查方案: basis, method, arrangements
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  archived_at @BIGINT@,
  archive_reason TEXT NOT NULL DEFAULT '',
  UNIQUE (year, seq)
);

-- 检查范围: the departments a check covers.
CREATE TABLE inspection_check_departments (
  check_id @BIGINT@ NOT NULL REFERENCES inspection_checks(id),
  department_id @BIGINT@ NOT NULL REFERENCES departments(id),
  PRIMARY KEY (check_id, department_id)
);
CREATE INDEX inspection_check_departments_dept ON inspection_check_departments (department_id);

-- 检查要点: the checklist, in order.
CREATE TABLE inspection_checklist_items (
  id @ID@,
  check_id @BIGINT@ NOT NULL REFERENCES inspection_checks(id),
  seq INTEGER NOT NULL,
  content TEXT NOT NULL,
  UNIQUE (check_id, seq)
);

-- 整改事项: one finding of a check and its rectification.
--   state rectifying 整改中 (the owner department must act) → reported 待纪委核查
--   (the committee must verify) → closed 已销号; reported → rectifying when returned.
CREATE TABLE rectification_items (
  id @ID@,
  check_id @BIGINT@ NOT NULL REFERENCES inspection_checks(id),
  seq INTEGER NOT NULL,                     -- number within the check: 〔2026〕专项检查第1号-3
  checklist_item_id @BIGINT@ REFERENCES inspection_checklist_items(id),
  finding TEXT NOT NULL,                    -- 发现问题
  owner_department_id @BIGINT@ NOT NULL REFERENCES departments(id),
  measures TEXT NOT NULL DEFAULT '',        -- 整改措施
  deadline TEXT NOT NULL,                   -- 整改时限
  state TEXT NOT NULL,
  progress TEXT NOT NULL DEFAULT '',        -- the owner's latest report
  evidence TEXT NOT NULL DEFAULT '',        -- 整改佐证 of the latest report
  verification TEXT NOT NULL DEFAULT '',    -- 核查意见: the committee's last word
  reported_at @BIGINT@,
  closed_at @BIGINT@,
  closed_on TEXT,                           -- 销号日期 (Beijing date)
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  UNIQUE (check_id, seq)
);
CREATE INDEX rectification_items_owner ON rectification_items (owner_department_id, state);
CREATE INDEX rectification_items_open ON rectification_items (state, deadline);

-- Every step of an item: assigned, progress, report, accept, return.
CREATE TABLE rectification_steps (
  id @ID@,
  item_id @BIGINT@ NOT NULL REFERENCES rectification_items(id),
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',
  by_account @BIGINT@ REFERENCES accounts(id),
  by_name TEXT NOT NULL DEFAULT '',
  at @BIGINT@ NOT NULL
);
CREATE INDEX rectification_steps_item ON rectification_steps (item_id, id);

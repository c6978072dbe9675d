-- Integrity-risk prevention, second part (domain/risk/consult.h): the consultation
-- meetings on integrity risks (廉政风险会商会诊) with the risk points discussed and their
-- decisions (a decision becomes a duty task: duty_tasks, created by duty::create_task),
-- and the supervision checks of negative-list execution (负面清单执行情况检查) with a
-- result per list item and, for an item not executed, a rectification follow-up owned by
-- the checked department. Not case content: nothing here is sealed.

-- 会商会诊.
CREATE TABLE risk_consultations (
  id @ID@,
  meeting_date TEXT NOT NULL,
  title TEXT NOT NULL,
  minutes TEXT NOT NULL,
  created_by @BIGINT@ NOT NULL REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL
);
CREATE INDEX risk_consultations_date ON risk_consultations (meeting_date);

CREATE TABLE risk_consultation_attendees (
  consultation_id @BIGINT@ NOT NULL REFERENCES risk_consultations(id),
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  PRIMARY KEY (consultation_id, person_id)
);

-- 会商的风险点.
CREATE TABLE risk_consultation_points (
  consultation_id @BIGINT@ NOT NULL REFERENCES risk_consultations(id),
  risk_point_id @BIGINT@ NOT NULL REFERENCES risk_points(id),
  PRIMARY KEY (consultation_id, risk_point_id)
);
CREATE INDEX risk_consultation_points_point ON risk_consultation_points (risk_point_id);

-- 会商决定: task_id is the duty task it became (one task per decision).
CREATE TABLE risk_consultation_decisions (
  id @ID@,
  consultation_id @BIGINT@ NOT NULL REFERENCES risk_consultations(id),
  sort_order INTEGER NOT NULL DEFAULT 0,
  content TEXT NOT NULL,
  task_id @BIGINT@ REFERENCES duty_tasks(id),
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX risk_consultation_decisions_c ON risk_consultation_decisions (consultation_id);
CREATE INDEX risk_consultation_decisions_task ON risk_consultation_decisions (task_id);

-- 负面清单执行情况检查: one check of one department's list (the revision checked).
CREATE TABLE risk_checks (
  id @ID@,
  department_id @BIGINT@ NOT NULL REFERENCES departments(id),
  negative_list_id @BIGINT@ NOT NULL REFERENCES risk_negative_lists(id),
  list_revision INTEGER NOT NULL,
  year INTEGER NOT NULL,
  check_date TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  checker_name TEXT NOT NULL DEFAULT '',
  created_by @BIGINT@ NOT NULL REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX risk_checks_department ON risk_checks (department_id, check_date);

-- One list item's result: executed (执行) | partial (部分执行) | not_executed (未执行).
-- A not-executed item carries its rectification follow-up (整改): owner, deadline,
-- state open | done, and what the department reported when done.
CREATE TABLE risk_check_items (
  id @ID@,
  check_id @BIGINT@ NOT NULL REFERENCES risk_checks(id),
  item_no INTEGER NOT NULL,
  item_text TEXT NOT NULL,
  result TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  owner_person_id @BIGINT@ REFERENCES people(id),
  owner_name TEXT NOT NULL DEFAULT '',
  deadline TEXT,
  rectify_state TEXT,
  rectify_note TEXT NOT NULL DEFAULT '',
  rectified_at @BIGINT@,
  rectified_by @BIGINT@
);
CREATE INDEX risk_check_items_check ON risk_check_items (check_id, item_no);
CREATE INDEX risk_check_items_open ON risk_check_items (rectify_state, deadline);

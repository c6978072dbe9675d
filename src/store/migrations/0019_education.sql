-- Education and study (警示教育与学习培训, domain/education/): the items the discipline
-- committee publishes for study — warning-education notices (通报, numbered per year:
-- 2026年第3期), typical cases (典型案例: category, rules broken, lessons, source),
-- positive models (先进典型), articles and regulation interpretations (制度解读) — each
-- assigned to people (resolved at publication from departments, branches, roles or a
-- list) who confirm they have studied it (已学习确认); the study sessions of the theory
-- study group, 三会一课 and Party / integrity lessons with attendance and who led the
-- study (领学); the holiday integrity reminders (廉洁过节), sent once per holiday.
-- Published study material, not case content: typical cases are written as the
-- published notices write them. Nothing is deleted: an item is withdrawn (archived).
CREATE TABLE education_number_counters (
  year INTEGER NOT NULL,
  kind TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (year, kind)
);

CREATE TABLE education_items (
  id @ID@,
  kind TEXT NOT NULL,                      -- notice | case | model | article | interpretation
  number TEXT NOT NULL DEFAULT '',         -- notices: 2026年第3期
  year INTEGER NOT NULL,
  seq INTEGER,                             -- notices: number within the year
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT '',       -- cases: dictionary education.case_category
  rules_broken TEXT NOT NULL DEFAULT '',   -- cases: 违反的纪律规定
  lessons TEXT NOT NULL DEFAULT '',        -- cases: 警示启示
  source TEXT NOT NULL DEFAULT '',         -- where it comes from (中央纪委国家监委网站…)
  published_on TEXT NOT NULL,              -- YYYY-MM-DD
  audience TEXT NOT NULL DEFAULT '',       -- the assignment in words (全体干部职工; 规划处、财务处)
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  archived_at @BIGINT@,
  archive_reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX education_items_notice_no ON education_items (kind, year, seq);
CREATE INDEX education_items_published ON education_items (published_on, id);

-- Who must study an item: one row per person, with the person's department at
-- assignment (completion is counted per that department) and the confirmation.
CREATE TABLE education_assignments (
  id @ID@,
  item_id @BIGINT@ NOT NULL REFERENCES education_items(id),
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  department_id @BIGINT@ REFERENCES departments(id),
  assigned_at @BIGINT@ NOT NULL,
  confirmed_at @BIGINT@,
  UNIQUE (item_id, person_id)
);
CREATE INDEX education_assignments_person ON education_assignments (person_id, confirmed_at);
CREATE INDEX education_assignments_item_dept ON education_assignments (item_id, department_id);

-- Study sessions: 理论学习中心组, 三会一课 (支部党员大会, 支委会, 党小组会, 党课),
-- 廉政党课, 警示教育会.
CREATE TABLE study_sessions (
  id @ID@,
  kind TEXT NOT NULL,                      -- dictionary education.session_kind
  held_on TEXT NOT NULL,
  topic TEXT NOT NULL,
  speaker TEXT NOT NULL DEFAULT '',        -- 主讲人 / 主持人
  place TEXT NOT NULL DEFAULT '',
  materials TEXT NOT NULL DEFAULT '',      -- 学习材料
  branch_id @BIGINT@ REFERENCES branches(id),  -- the branch of a 三会一课 session
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX study_sessions_held ON study_sessions (held_on, id);

CREATE TABLE study_attendance (
  session_id @BIGINT@ NOT NULL REFERENCES study_sessions(id),
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  led INTEGER NOT NULL DEFAULT 0,          -- 1: led the study (领学 / 交流发言)
  PRIMARY KEY (session_id, person_id)
);

-- Settings the discipline committee edits (the holiday reminder's text).
CREATE TABLE education_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_by @BIGINT@ REFERENCES accounts(id),
  updated_at @BIGINT@ NOT NULL
);

-- 廉洁过节: one row per holiday reminded (the holiday's first day of rest), the text sent.
CREATE TABLE education_holiday_sends (
  id @ID@,
  holiday TEXT NOT NULL,
  start_date TEXT NOT NULL,
  text TEXT NOT NULL,
  recipients INTEGER NOT NULL,
  sent_at @BIGINT@ NOT NULL,
  UNIQUE (holiday, start_date)
);

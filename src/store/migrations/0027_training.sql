-- Training with quizzes (廉政培训与测试, domain/education/training.*): courses for new staff
-- and young cadres (新入职人员廉政培训, 年轻干部培训) with their materials, a question bank
-- per course (single choice, multiple choice, true/false), the quiz rule (N questions
-- drawn at random per attempt, pass mark, allowed retakes), the people assigned (by
-- department, branch, role, list, or automatically: a new hire gets the new-staff
-- course), every attempt with the questions drawn and the seed that drew them, and the
-- certificate number of a pass. Training material, not case content: nothing is sealed.
-- Certificate numbers come from education_number_counters (kind 'training_certificate').
CREATE TABLE training_courses (
  id @ID@,
  kind TEXT NOT NULL,                      -- new_staff | young_cadre | general
  title TEXT NOT NULL,
  materials TEXT NOT NULL DEFAULT '',      -- 学习材料 (text)
  question_count INTEGER NOT NULL,         -- questions drawn per attempt
  pass_mark INTEGER NOT NULL,              -- 合格分数 out of 100
  retakes INTEGER NOT NULL,                -- 允许补考次数: attempts allowed = 1 + retakes
  auto_new_staff INTEGER NOT NULL DEFAULT 0,  -- 1: assigned to every person added after auto_since
  auto_since @BIGINT@,
  audience TEXT NOT NULL DEFAULT '',       -- the assignment in words
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  archived_at @BIGINT@
);

CREATE TABLE training_questions (
  id @ID@,
  course_id @BIGINT@ NOT NULL REFERENCES training_courses(id),
  kind TEXT NOT NULL,                      -- single | multiple | judge
  stem TEXT NOT NULL,
  options TEXT NOT NULL,                   -- JSON array of the option texts (A, B, …); judge: 正确, 错误
  answer TEXT NOT NULL,                    -- the correct letters, in order: "B", "ACD"
  explanation TEXT NOT NULL DEFAULT '',
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX training_questions_course ON training_questions (course_id, id);

-- Who must take a course: one row per person, with the department at assignment
-- (completion is counted per that department), how (audience | new_staff), and the pass.
CREATE TABLE training_assignments (
  id @ID@,
  course_id @BIGINT@ NOT NULL REFERENCES training_courses(id),
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  department_id @BIGINT@ REFERENCES departments(id),
  source TEXT NOT NULL DEFAULT 'audience',
  assigned_at @BIGINT@ NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,     -- attempts started
  best_score INTEGER,
  passed_at @BIGINT@,
  certificate_no TEXT,                     -- 廉培证〔2026〕第0001号, given at the pass
  UNIQUE (course_id, person_id),
  UNIQUE (certificate_no)
);
CREATE INDEX training_assignments_person ON training_assignments (person_id, passed_at);
CREATE INDEX training_assignments_course_dept ON training_assignments (course_id, department_id);

-- One attempt: the questions drawn (ids in the order shown) and the seed that drew them
-- (draw_questions(seed, the bank up to bank_max_id) gives them again), the answers given and the score.
CREATE TABLE training_attempts (
  id @ID@,
  assignment_id @BIGINT@ NOT NULL REFERENCES training_assignments(id),
  attempt_no INTEGER NOT NULL,
  seed @BIGINT@ NOT NULL,
  bank_max_id @BIGINT@ NOT NULL,           -- the bank drawn from: the course's questions with id <= this
  question_ids TEXT NOT NULL,              -- "12,7,31"
  started_at @BIGINT@ NOT NULL,
  submitted_at @BIGINT@,
  answers TEXT,                            -- JSON {"12":"B","7":"AC"}
  correct INTEGER,
  score INTEGER,
  passed INTEGER,
  UNIQUE (assignment_id, attempt_no)
);

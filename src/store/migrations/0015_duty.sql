-- Two responsibilities (两个责任, domain/duty/): the yearly responsibility lists and the
-- annual work points broken into tasks with milestones and progress reports. Nothing
-- here is case content: lists, work points and tasks are the committee's own plans.
-- The overseeing (分管) of departments stays in department_oversight (0002); this
-- module gives it its API.

-- 责任清单条目: one item of a year's list. kind: primary (党委主体责任), supervisory
-- (纪委监督责任) or dual (班子成员一岗双责, person_id = the committee member). A new
-- year's list starts as a copy of last year's (copied_from_id); items are per year, so
-- editing this year's never changes last year's.
CREATE TABLE duty_list_items (
  id @ID@,
  year INTEGER NOT NULL,
  kind TEXT NOT NULL,
  person_id @BIGINT@ REFERENCES people(id),
  sort_order INTEGER NOT NULL DEFAULT 0,
  content TEXT NOT NULL,
  copied_from_id @BIGINT@,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  archived_at @BIGINT@,
  archive_reason TEXT
);
CREATE INDEX duty_list_items_year ON duty_list_items (year, kind, person_id);

-- 工作要点: one point of a year's work plan.
CREATE TABLE duty_work_points (
  id @ID@,
  year INTEGER NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  archived_at @BIGINT@,
  archive_reason TEXT
);
CREATE INDEX duty_work_points_year ON duty_work_points (year);

-- 任务分解: a task of a work point, owned by a department (and a person in it).
-- status: not_started | in_progress | done ("overdue" is derived: deadline passed, not done).
CREATE TABLE duty_tasks (
  id @ID@,
  work_point_id @BIGINT@ NOT NULL REFERENCES duty_work_points(id),
  title TEXT NOT NULL,
  owner_department_id @BIGINT@ NOT NULL REFERENCES departments(id),
  owner_person_id @BIGINT@ REFERENCES people(id),
  deadline_date TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'not_started',
  progress INTEGER NOT NULL DEFAULT 0,
  done_date TEXT,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  archived_at @BIGINT@,
  archive_reason TEXT
);
CREATE INDEX duty_tasks_point ON duty_tasks (work_point_id);
CREATE INDEX duty_tasks_department ON duty_tasks (owner_department_id);
CREATE INDEX duty_tasks_open ON duty_tasks (status, deadline_date);

-- 节点: the milestones of a task.
CREATE TABLE duty_milestones (
  id @ID@,
  task_id @BIGINT@ NOT NULL REFERENCES duty_tasks(id),
  sort_order INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  due_date TEXT NOT NULL,
  done_date TEXT
);
CREATE INDEX duty_milestones_task ON duty_milestones (task_id);

-- 进展报送: what the owner reported, with the progress and status it set.
CREATE TABLE duty_progress_reports (
  id @ID@,
  task_id @BIGINT@ NOT NULL REFERENCES duty_tasks(id),
  account_id @BIGINT@ NOT NULL REFERENCES accounts(id),
  reporter_name TEXT NOT NULL,
  content TEXT NOT NULL,
  progress INTEGER NOT NULL,
  status TEXT NOT NULL,
  reported_at @BIGINT@ NOT NULL
);
CREATE INDEX duty_progress_reports_task ON duty_progress_reports (task_id, reported_at);

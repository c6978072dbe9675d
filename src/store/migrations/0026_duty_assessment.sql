-- Two responsibilities, second part (domain/duty/assessment.h, meetings.h): the
-- year-end assessment (考核) of the departments and the committee's meetings (党委听取纪委
-- 工作汇报、形势分析会) whose decisions become tasks. Nothing here is case content: the
-- template, the scores and the meeting records are the committee's own documents.

-- 考核项目: one item of a year's assessment template. weight: its share of 100 (the
-- items of a year sum to 100, checked on every save of the template); scoring_rule: 评分
-- 标准 in words; work_point_id: the work point it assesses (同考核), optional; copied_from_id:
-- last year's item it started from. Removed items are archived (their scores stay).
CREATE TABLE duty_assess_items (
  id @ID@,
  year INTEGER NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  weight INTEGER NOT NULL,
  scoring_rule TEXT NOT NULL,
  work_point_id @BIGINT@ REFERENCES duty_work_points(id),
  copied_from_id @BIGINT@,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  archived_at @BIGINT@
);
CREATE INDEX duty_assess_items_year ON duty_assess_items (year);
CREATE INDEX duty_assess_items_point ON duty_assess_items (work_point_id);

-- 考核评分: a department's score on one item, 0–100 in tenths (百分制, one decimal),
-- with the scorer's comment; one row per item and department (a new score replaces it).
CREATE TABLE duty_assess_scores (
  id @ID@,
  item_id @BIGINT@ NOT NULL REFERENCES duty_assess_items(id),
  department_id @BIGINT@ NOT NULL REFERENCES departments(id),
  score_tenths INTEGER NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  account_id @BIGINT@ NOT NULL REFERENCES accounts(id),
  scorer_name TEXT NOT NULL,
  scored_at @BIGINT@ NOT NULL,
  UNIQUE (item_id, department_id)
);
CREATE INDEX duty_assess_scores_department ON duty_assess_scores (department_id);

-- 会议: kind report_hearing (党委听取纪委工作汇报) or situation_analysis (形势分析会).
CREATE TABLE duty_meetings (
  id @ID@,
  kind TEXT NOT NULL,
  meeting_date TEXT NOT NULL,
  title TEXT NOT NULL,
  minutes TEXT NOT NULL,
  created_by @BIGINT@ NOT NULL REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL
);
CREATE INDEX duty_meetings_date ON duty_meetings (meeting_date);

-- 参会人员.
CREATE TABLE duty_meeting_attendees (
  meeting_id @BIGINT@ NOT NULL REFERENCES duty_meetings(id),
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  PRIMARY KEY (meeting_id, person_id)
);

-- 会议决定: task_id is the task it became (one task per decision).
CREATE TABLE duty_meeting_decisions (
  id @ID@,
  meeting_id @BIGINT@ NOT NULL REFERENCES duty_meetings(id),
  sort_order INTEGER NOT NULL DEFAULT 0,
  content TEXT NOT NULL,
  task_id @BIGINT@ REFERENCES duty_tasks(id),
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX duty_meeting_decisions_meeting ON duty_meeting_decisions (meeting_id);
CREATE INDEX duty_meeting_decisions_task ON duty_meeting_decisions (task_id);

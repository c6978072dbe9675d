-- Integrity-risk prevention (廉政风险防控, domain/risk/): risk points per department
-- and position with their control measures and review history, negative lists per
-- department and year, and staff acknowledgements. Not case content: nothing here is
-- sealed; visibility follows the data scope (domain/risk/risk_scope.h).

-- 风险点. level 1 = 一级 (high) … 3 = 三级 (low), computed from likelihood × impact
-- with the [risk] matrix when saved. status: submitted (待审核) | approved (已审核) |
-- returned (已退回). revision grows at every change by the department (acknowledgements
-- name the revision they read).
CREATE TABLE risk_points (
  id @ID@,
  department_id @BIGINT@ NOT NULL REFERENCES departments(id),
  position_id @BIGINT@ REFERENCES positions(id),
  category TEXT NOT NULL,
  description TEXT NOT NULL,
  likelihood INTEGER NOT NULL,
  impact INTEGER NOT NULL,
  level INTEGER NOT NULL,
  status TEXT NOT NULL,
  return_reason TEXT,
  last_reviewed_date TEXT,
  next_review_date TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  updated_by @BIGINT@
);
CREATE INDEX risk_points_department ON risk_points (department_id, level, id);
CREATE INDEX risk_points_review ON risk_points (status, next_review_date);

-- 防控措施 with their owner (责任人): a person of the bureau or a name.
CREATE TABLE risk_measures (
  id @ID@,
  risk_point_id @BIGINT@ NOT NULL REFERENCES risk_points(id),
  measure TEXT NOT NULL,
  owner_person_id @BIGINT@ REFERENCES people(id),
  owner_name TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX risk_measures_point ON risk_measures (risk_point_id, sort_order);

-- Review history (审核记录): submit | approve | return, never updated or deleted.
CREATE TABLE risk_reviews (
  id @ID@,
  risk_point_id @BIGINT@ NOT NULL REFERENCES risk_points(id),
  action TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  level INTEGER NOT NULL,
  actor_account_id @BIGINT@,
  actor_name TEXT NOT NULL DEFAULT '',
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX risk_reviews_point ON risk_reviews (risk_point_id, id);

-- 负面清单: one list per department and year; items one per line in `items`.
CREATE TABLE risk_negative_lists (
  id @ID@,
  department_id @BIGINT@ NOT NULL REFERENCES departments(id),
  year INTEGER NOT NULL,
  items TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  updated_by @BIGINT@,
  UNIQUE (department_id, year)
);

-- 确认知悉: a person acknowledges one revision of a negative list or a risk point.
CREATE TABLE risk_acknowledgements (
  id @ID@,
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  object_type TEXT NOT NULL,   -- negative_list | risk_point
  object_id @BIGINT@ NOT NULL,
  revision INTEGER NOT NULL,
  acknowledged_at @BIGINT@ NOT NULL,
  UNIQUE (person_id, object_type, object_id, revision)
);
CREATE INDEX risk_acknowledgements_object ON risk_acknowledgements (object_type, object_id, revision);

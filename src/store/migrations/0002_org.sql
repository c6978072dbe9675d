-- Organisation (组织机构): the unit, its departments (a tree) and Party branches (a
-- separate tree-less list that does not coincide with departments), positions inside
-- departments, people, their dated position history and the committee members'
-- oversight of departments (分管). Nothing is deleted: rows are archived with a reason.
-- Codes stored in TEXT columns (gender, rank, party_status, status, kind) are the
-- dictionary codes of src/domain/dictionary (labels live there, not here).

CREATE TABLE units (
  id @ID@,
  name TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  created_at @BIGINT@ NOT NULL
);

CREATE TABLE departments (
  id @ID@,
  unit_id @BIGINT@ NOT NULL REFERENCES units(id),
  parent_id @BIGINT@ REFERENCES departments(id),
  name TEXT NOT NULL,
  code TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  archived_at @BIGINT@,
  archive_reason TEXT,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  UNIQUE (unit_id, code)
);
CREATE INDEX departments_parent ON departments (parent_id);

-- secretary_person_id refers to people(id); no FOREIGN KEY because people refer to
-- branches too (the reference is checked by the domain).
CREATE TABLE branches (
  id @ID@,
  unit_id @BIGINT@ NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  code TEXT NOT NULL,
  secretary_person_id @BIGINT@,
  sort_order INTEGER NOT NULL DEFAULT 0,
  archived_at @BIGINT@,
  archive_reason TEXT,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  UNIQUE (unit_id, code)
);

CREATE TABLE positions (
  id @ID@,
  department_id @BIGINT@ NOT NULL REFERENCES departments(id),
  name TEXT NOT NULL,
  is_key_position INTEGER NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL DEFAULT 0,
  archived_at @BIGINT@,
  archive_reason TEXT,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL
);
CREATE INDEX positions_department ON positions (department_id);

-- department_id / position_id / rank are the person's CURRENT placement; they are
-- only ever changed together with a position_events row (see domain/org/people.h).
CREATE TABLE people (
  id @ID@,
  unit_id @BIGINT@ NOT NULL REFERENCES units(id),
  employee_no TEXT NOT NULL,
  name TEXT NOT NULL,
  gender TEXT NOT NULL,
  id_number TEXT,
  department_id @BIGINT@ REFERENCES departments(id),
  branch_id @BIGINT@ REFERENCES branches(id),
  position_id @BIGINT@ REFERENCES positions(id),
  rank TEXT NOT NULL DEFAULT 'none',
  is_leading_cadre INTEGER NOT NULL DEFAULT 0,
  party_status TEXT NOT NULL DEFAULT 'masses',
  joined_date TEXT,
  phone TEXT,
  status TEXT NOT NULL DEFAULT 'active',
  archived_at @BIGINT@,
  archive_reason TEXT,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  UNIQUE (unit_id, employee_no)
);
-- Search, filter, sort and page over 10,000+ people.
CREATE INDEX people_name ON people (name, id);
CREATE INDEX people_employee_no ON people (employee_no);
CREATE INDEX people_department ON people (department_id, name);
CREATE INDEX people_branch ON people (branch_id, name);
CREATE INDEX people_rank ON people (rank, name);
CREATE INDEX people_joined ON people (joined_date, name);
CREATE INDEX people_status ON people (status);

-- Position history (岗位变动): appoint | promote | transfer | leave, with the
-- effective date. Rows are never updated or deleted.
CREATE TABLE position_events (
  id @ID@,
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  kind TEXT NOT NULL,
  department_id @BIGINT@ REFERENCES departments(id),
  position_id @BIGINT@ REFERENCES positions(id),
  rank TEXT,
  effective_date TEXT NOT NULL,
  note TEXT,
  created_at @BIGINT@ NOT NULL,
  created_by @BIGINT@
);
CREATE INDEX position_events_person ON position_events (person_id, effective_date, id);
CREATE INDEX position_events_date ON position_events (effective_date, kind);

-- 分管: which committee member oversees which departments, and since/until when.
CREATE TABLE department_oversight (
  id @ID@,
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  department_id @BIGINT@ NOT NULL REFERENCES departments(id),
  since_date TEXT NOT NULL,
  until_date TEXT
);
CREATE INDEX department_oversight_person ON department_oversight (person_id);
CREATE INDEX department_oversight_department ON department_oversight (department_id);

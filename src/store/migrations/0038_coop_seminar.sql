-- Co-construction (domain/coop): a joint activity with a partner unit is either a
-- joint integrity training (廉政教育联合培训, 'training') or a discipline-inspection
-- seminar (纪检业务研讨交流, 'seminar') — the seed's section 三 names both. Existing rows
-- are trainings.
ALTER TABLE coop_trainings ADD COLUMN kind TEXT NOT NULL DEFAULT 'training';

-- Integrity talks (廉政谈话): collective talks for newly promoted or reassigned
-- cadres, pre-appointment talks, preventive reminder talks for key positions,
-- reminder and admonishment talks (src/domain/talks/). Never deleted: a talk recorded
-- by mistake is archived with a reason. kind is a code of the dictionary talk.kind.
-- clue_id names the problem clue whose first-form outcome the talk is (no FOREIGN
-- KEY: the clue tables belong to another migration; the API shows the id only to
-- those who can see the clue).
CREATE TABLE integrity_talks (
  id @ID@,
  kind TEXT NOT NULL,
  talk_date TEXT NOT NULL,
  talker_person_id @BIGINT@ REFERENCES people(id),
  talker_name TEXT NOT NULL,
  location TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  follow_up TEXT NOT NULL DEFAULT '',
  clue_id @BIGINT@,
  created_by @BIGINT@,
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  archived_at @BIGINT@,
  archive_reason TEXT
);
CREATE INDEX integrity_talks_date ON integrity_talks (talk_date, id);
CREATE INDEX integrity_talks_kind ON integrity_talks (kind, talk_date);

-- Who was talked to. person_id links to the organisation when the participant is
-- staff; department_id and position_name are the person's placement ON THE TALK DATE
-- (from the position history), kept so the record stays true after later moves.
CREATE TABLE talk_participants (
  id @ID@,
  talk_id @BIGINT@ NOT NULL REFERENCES integrity_talks(id),
  person_id @BIGINT@ REFERENCES people(id),
  name TEXT NOT NULL,
  department_id @BIGINT@ REFERENCES departments(id),
  position_name TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX talk_participants_talk ON talk_participants (talk_id, sort_order);
CREATE INDEX talk_participants_person ON talk_participants (person_id, talk_id);

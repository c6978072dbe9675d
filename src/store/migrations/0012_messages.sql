-- The message centre (站内消息/待办, domain/messages/): one row per (account, event).
-- Modules feed it reminders (a clue's deadline, a signature that waits, a talk still
-- owed, a report assigned); event_key names the event, so the same event never gives
-- the same account a second message. A message is "resolved" when the task behind it
-- is done or no longer applies (the clue was signed, the deadline met): it leaves the
-- to-do lists but stays in the history. Titles carry identifiers (clue and report
-- numbers), never case content: clue matter, report text and reporters stay in their
-- own sealed or need-to-know tables.
CREATE TABLE inbox_messages (
  id @ID@,
  account_id @BIGINT@ NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,            -- todo | due_soon | overdue | notice
  source TEXT NOT NULL,          -- the feed, e.g. clues.deadline
  event_key TEXT NOT NULL,       -- unique per account
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  link TEXT NOT NULL DEFAULT '',
  object_type TEXT NOT NULL DEFAULT '',
  object_id TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  created_at @BIGINT@ NOT NULL,
  read_at @BIGINT@,
  resolved_at @BIGINT@,
  UNIQUE (account_id, event_key)
);
CREATE INDEX inbox_messages_open ON inbox_messages (account_id, resolved_at, id);
CREATE INDEX inbox_messages_source ON inbox_messages (source, resolved_at);

-- The people list's default order (status filter, then name, id) read straight from an
-- index: a page of 20 stops after 20 index entries instead of sorting every active
-- person of the unit on each request (the hot path of the HTTP benchmark; 10,000 people
-- in the scale test).
CREATE INDEX people_status_name ON people (status, name, id);

-- The sealed wording and grounds of a freshly drafted answer.
UPDATE opinion_answers SET text_sealed = ?, grounds_sealed = ? WHERE id = ?

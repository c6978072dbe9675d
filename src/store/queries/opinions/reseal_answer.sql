-- An answer's values sealed again under a new server key (rotate-key; the version is unchanged).
UPDATE opinion_answers SET text_sealed = ?, grounds_sealed = ? WHERE id = ?

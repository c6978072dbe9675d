-- Classification codes of the clues in the IDS marker (register export).
SELECT clue_id, classification FROM clue_registration WHERE clue_id IN (/*IDS*/)

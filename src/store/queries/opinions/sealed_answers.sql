-- Every sealed answer, for `qingfeng security rotate-key`.
SELECT id, text_sealed, grounds_sealed FROM opinion_answers ORDER BY id

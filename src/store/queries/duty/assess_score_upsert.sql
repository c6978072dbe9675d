INSERT INTO duty_assess_scores (item_id, department_id, score_tenths, comment, account_id, scorer_name, scored_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (item_id, department_id) DO UPDATE SET score_tenths = excluded.score_tenths, comment = excluded.comment,
  account_id = excluded.account_id, scorer_name = excluded.scorer_name, scored_at = excluded.scored_at

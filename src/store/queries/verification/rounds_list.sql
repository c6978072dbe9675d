-- Every verification round, latest year first.
SELECT id, round_year, sample_percent, seed, population_ids, population_count, drawn_count, drawn_at, drawn_by_name,
       created_at
FROM verification_rounds ORDER BY round_year DESC

-- A person's applications (private travel, side jobs, relatives' businesses): clear columns only.
SELECT id, kind, status, depart_date, return_date, actual_depart_date, actual_return_date, created_at, decided_at
FROM approval_requests WHERE person_id = ? ORDER BY created_at DESC, id DESC

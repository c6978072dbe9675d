INSERT INTO coop_visits (partner_id, visited_on, visitors, interviewees, created_by, created_at)
VALUES (?, ?, ?, ?, ?, ?)
RETURNING id

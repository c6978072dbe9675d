-- Every unconfirmed assignment with the active accounts of the assigned person.
SELECT ac.id AS account_id, i.id, i.kind, i.number, i.title, i.published_on
FROM education_assignments a
JOIN education_items i ON i.id = a.item_id
JOIN accounts ac ON ac.person_id = a.person_id AND ac.status = 'active'
WHERE a.confirmed_at IS NULL AND i.archived_at IS NULL
ORDER BY ac.id, i.id

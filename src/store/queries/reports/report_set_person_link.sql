-- The person of the organisation the 被反映人 is linked to, sealed (matter key); NULL = no link.
UPDATE reports SET person_link_sealed = ?, updated_at = ? WHERE id = ?

-- The finding a verification item was made from.
SELECT id FROM findings WHERE verification_item_id = ?

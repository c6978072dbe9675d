-- The other partners' current keys, to name the unit whose key signed a file that was
-- uploaded under the wrong partner.
SELECT id, name, public_key FROM coop_partners WHERE public_key IS NOT NULL AND id <> ?

SELECT id FROM coop_partners WHERE name = ? AND id <> ?

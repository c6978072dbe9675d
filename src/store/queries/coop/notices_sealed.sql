SELECT id, sealed_file AS sealed FROM coop_notices WHERE sealed_file <> '' ORDER BY id

SELECT id, sealed_comments AS sealed FROM coop_visits WHERE sealed_comments <> '' ORDER BY id

-- Serialises concurrent `qingfeng migrate` runs against one PostgreSQL database.
SELECT pg_advisory_xact_lock(7165726763) IS NULL AS locked

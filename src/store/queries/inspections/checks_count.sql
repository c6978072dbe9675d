SELECT COUNT(*) AS n FROM inspection_checks c WHERE c.archived_at IS NULL AND /*SCOPE*/

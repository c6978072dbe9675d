SELECT COUNT(*) AS n FROM integrity_talks t WHERE /*WHERE*/

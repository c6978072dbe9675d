SELECT COUNT(*) AS n FROM study_sessions s WHERE /*WHERE*/

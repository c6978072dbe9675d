SELECT COUNT(*) AS n FROM coop_notices n WHERE /*WHERE*/

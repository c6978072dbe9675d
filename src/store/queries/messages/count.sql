SELECT COUNT(*) AS n FROM inbox_messages m WHERE m.account_id = ? /*WHERE*/

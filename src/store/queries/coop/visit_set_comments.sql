UPDATE coop_visits SET sealed_comments = ? WHERE id = ?

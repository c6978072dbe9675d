UPDATE coop_partner_keys SET retired_at = ? WHERE partner_id = ? AND retired_at IS NULL

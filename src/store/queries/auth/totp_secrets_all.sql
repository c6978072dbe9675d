-- Every stored TOTP secret, for the start-up sealing step (domain/auth/totp_seal.h).
SELECT id, totp_secret FROM accounts WHERE totp_secret IS NOT NULL ORDER BY id

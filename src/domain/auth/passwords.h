#pragma once
// Password hashing (Argon2id through libsodium's crypto_pwhash_str, cost from config
// security.argon2_*) and the password policy (security.password.*). Hashes are the
// self-describing "$argon2id$…" strings, so raising the cost later keeps old hashes valid.
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/result.h"

namespace qf::auth {

// Argon2id hash of `password`; kInternal only when memory cannot be allocated.
Result<std::string> hash_password(const SecurityConfig& sec, std::string_view password);
// True when `password` matches `hash` (constant time in the password).
bool verify_password(std::string_view hash, std::string_view password);
// Spends the time of one verification against a dummy hash, so that an unknown
// username answers as slowly as a wrong password.
void verify_dummy_password(const SecurityConfig& sec, std::string_view password);

// Length (in characters) and character classes; kInvalid "auth.password_policy" naming
// `field`, with the rule broken in both languages. The username may not be contained.
Status check_password_policy(const PasswordPolicy& policy, std::string_view password,
                             std::string_view username, const std::string& field);

// Random bytes as URL-safe base64 without padding (session tokens, CSRF tokens).
std::string random_token(size_t bytes = 32);
// SHA-256 hex of a token (what the sessions table stores).
std::string token_hash(std::string_view token);

}  // namespace qf::auth

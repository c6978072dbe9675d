#pragma once
// Sealing of a declaration's content and of the reasons given when it is returned, at
// rest. Same mechanism as the TOTP secrets (domain/auth/totp_seal.h,
// docs/security/totp-secrets.md): XChaCha20-Poly1305 (core/sealed_bytes.h) under a key
// derived from the server secret key FILE (security.secret_key_file, outside the
// database and its backups) with crypto_kdf — context "qfdecl01", subkey 1 — and the
// associated data "qf-decl:v1:<declaration id>:<part>", so a sealed value copied onto
// another declaration or part does not open. Stored text: "v1:" + base64.
//
// Callers may assume: open_sealed() never returns a wrong plaintext; any failure (wrong
// key file, another row's value, tampering, unknown format) is kUnavailable
// "declaration.sealed" with a bilingual message that reveals nothing of the content.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/result.h"
#include "domain/auth/server_key.h"

namespace qf::store { class Connection; }

namespace qf::declarations {

std::string seal(const auth::ServerKey& key, int64_t declaration_id, std::string_view part, std::string_view plaintext);
Result<std::string> open_sealed(const auth::ServerKey& key, int64_t declaration_id, std::string_view part,
                                std::string_view stored);

// The server key for a declaration operation (load_server_key of security.secret_key_file);
// a refusal becomes kUnavailable "declaration.key" naming the key file.
Result<auth::ServerKey> declaration_key(const SecurityConfig& sec);

// For `qingfeng security rotate-key`: every sealed content and note opened with
// `old_key` and sealed again with `new_key`, in `c`'s transaction; refused with nothing
// written when one does not open. Returns the number of values sealed again.
// Called by cmd_security.cpp in the rotation's one transaction, after the TOTP secrets.
Result<int64_t> reseal_declarations(store::Connection& c, const auth::ServerKey& old_key,
                                    const auth::ServerKey& new_key);

}  // namespace qf::declarations

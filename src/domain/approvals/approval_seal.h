#pragma once
// Sealing of what applicants and custodians write (destinations, reasons, companions,
// funding, organisations and companies, relatives' names, passport and permit numbers,
// return reasons) at rest. The mechanism of the personal-matters reports
// (domain/declarations/declaration_seal.h) with a key of its own: XChaCha20-Poly1305
// (core/sealed_bytes.h) under a key derived from the server secret key FILE
// (security.secret_key_file, outside the database and its backups) with crypto_kdf —
// context "qfappr01", subkey 1 — and the associated data
// "qf-appr:v1:<table>:<row id>:<part>", so a value copied onto another row or part does
// not open. Stored text: "v1:" + base64.
//
// open_sealed() never returns a wrong plaintext; any failure is kUnavailable
// "approval.sealed" with a bilingual message that reveals nothing of the content.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/result.h"
#include "domain/auth/server_key.h"

namespace qf::store { class Connection; }

namespace qf::approvals {

// Where a sealed value lives: the table's short name ("request", "event", "document").
std::string seal(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                 std::string_view plaintext);
Result<std::string> open_sealed(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                                std::string_view stored);

// The server key (load_server_key of security.secret_key_file); a refusal becomes
// kUnavailable "approval.key" naming no content.
Result<auth::ServerKey> approval_key(const SecurityConfig& sec);

// For `qingfeng security rotate-key`: every sealed value of the module (request
// contents, event notes, document numbers) opened with `old_key` and sealed again with
// `new_key`, in `c`'s transaction; refused with nothing written when one does not open.
// Returns the number of values sealed again.
Result<int64_t> reseal_approvals(store::Connection& c, const auth::ServerKey& old_key, const auth::ServerKey& new_key);

}  // namespace qf::approvals

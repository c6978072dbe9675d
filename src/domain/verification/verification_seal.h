#pragma once
// Sealing of verification items and candidates' proposed posts at rest: the mechanism of
// the personal-matters reports (domain/auth/value_seal.h) with this module's own subkey
// (crypto_kdf context "qfverif1", subkey 1) and associated data
// "qf-verif:v1:<table>:<row id>:<part>", so a value copied onto another row does not open.
//
// open_sealed() never returns a wrong plaintext; any failure is kUnavailable
// "verification.sealed" with a message that reveals nothing of the content.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/result.h"
#include "domain/auth/server_key.h"

namespace qf::store { class Connection; }

namespace qf::verification {

std::string seal(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                 std::string_view plaintext);
Result<std::string> open_sealed(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                                std::string_view stored);

// The server key (security.secret_key_file); a refusal is kUnavailable "verification.key".
Result<auth::ServerKey> verification_key(const SecurityConfig& sec);

// For `qingfeng security rotate-key`: every sealed value opened with `old_key` and sealed
// again with `new_key`, in `c`'s transaction; refused with nothing written when one does
// not open. Returns the number of values sealed again.
Result<int64_t> reseal_verification(store::Connection& c, const auth::ServerKey& old_key,
                                    const auth::ServerKey& new_key);

}  // namespace qf::verification

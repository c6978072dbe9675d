#pragma once
// Personal and case values sealed at rest with a subkey of the server key (the key file
// outside the database, server_key.h): each module derives its own subkey (libsodium
// KDF, an 8-character context such as "qfdecl01", a subkey number), and each value is
// "v1:" + base64 of an XChaCha20-Poly1305 box bound to `associated` (module, table, row
// and part), so that a value copied onto another row or part does not open. A database
// dump or backup without the key file opens nothing.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/auth/server_key.h"

namespace qf::auth {

// The 32-byte subkey `number` of `context` (exactly 8 characters).
std::string derive_subkey(const ServerKey& key, const char* context, uint64_t number);

std::string seal_value(const ServerKey& key, const char* context, uint64_t number, std::string_view associated,
                       std::string_view plaintext);
// nullopt when the stored text is not such a value or does not open (other key,
// other associated data, altered).
std::optional<std::string> open_value(const ServerKey& key, const char* context, uint64_t number,
                                      std::string_view associated, std::string_view stored);

// The server key file for a module's sealed values, created when missing as `serve`
// does. A failure is kUnavailable `code` ("服务器密钥文件不可用，无法读写<what_zh>" /
// "The server key file is unavailable: <what_en> cannot be read or written"), the key
// file's own message as internal detail.
Result<ServerKey> sealing_key(const std::string& secret_key_file, const char* code, const std::string& what_zh,
                              const std::string& what_en);

}  // namespace qf::auth

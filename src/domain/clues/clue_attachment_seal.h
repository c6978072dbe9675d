#pragma once
// Clue documents and their file names sealed at rest (#14): a 举报信 or a 决定书 is case
// content, so a database file, dump or backup alone must not show it. XChaCha20-Poly1305
// (core/sealed_bytes.h) under the server key file's subkey (crypto_kdf context
// "qfclue01", subkey 1), associated data "qf-clue-att:v1:<clue id>:<attachment id>:<part>"
// so a box copied onto another attachment, clue or part does not open. The content is
// stored as the raw box (no base64: documents are large); the file name as "v1:" +
// base64 (domain/auth/value_seal.h). clue_attachments.sealed says which rows are sealed.
//
// Callers may assume: the open functions never return wrong bytes; any failure is
// kUnavailable "clue.attachment.sealed" with a bilingual message that reveals nothing.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/auth/server_key.h"

namespace qf::store {
class Connection;
class Database;
}  // namespace qf::store

namespace qf::clues {

std::string seal_attachment_part(const auth::ServerKey& key, int64_t clue_id, int64_t attachment_id,
                                 std::string_view part, std::string_view plain);
Result<std::string> open_attachment_part(const auth::ServerKey& key, int64_t clue_id, int64_t attachment_id,
                                         std::string_view part, std::string_view stored);

// The server key file (security.secret_key_file), created when missing as `serve` does;
// a failure is kUnavailable "clue.key" naming the file.
Result<auth::ServerKey> clue_key(const std::string& secret_key_file);

// Seals every clear (sealed = 0) clue document, one transaction each (documents can be
// large: one is held in memory at a time); returns how many. Run by `serve`, `init` and
// `migrate` after migrating.
Result<int64_t> seal_clear_clue_attachments(store::Database& db, const auth::ServerKey& key);

// For `qingfeng security rotate-key`, in its one transaction: every sealed document
// opened with `old_key` and sealed again with `new_key`; refused with nothing written
// when one does not open. Returns the number of documents sealed again.
Result<int64_t> reseal_clue_attachments(store::Connection& c, const auth::ServerKey& old_key,
                                        const auth::ServerKey& new_key);

}  // namespace qf::clues
